"""Answering benchmark: quality on the gold questions and latency, extractive backend.

    .venv/bin/python bench/bench_answer.py --corpus demo      # calibrate on data/demo/gold
    .venv/bin/python bench/bench_answer.py --corpus heldout   # check on data/heldout/gold
    .venv/bin/python bench/bench_answer.py --corpus independent        # data/independent, written by someone else
    .venv/bin/python bench/bench_answer.py --corpus path/to/corpus     # any directory with cases.jsonl, users.json, gold/
    .venv/bin/python bench/bench_answer.py --latency-chunks 100000   # pipeline overhead at scale
    .venv/bin/python bench/bench_answer.py --corpus independent --case IND-0001 --case IND-0002   # one half of a corpus

Quality (issue 6 targets): gold facts present in >= 0.85 of answerable questions; "not recorded"
on >= 0.90 of unanswerable ones; a supporting note cited on >= 0.95 of answerable ones, shown twice:
`supporting_note_cited` counts the gold notes only, `supporting_note_cited_any` any note of the case
stating every gold fact (evals/support.py, the definition the eval suite gates on); the questions
only the second counts are listed as `cited_a_stating_note` and printed as STATING lines. Facts
match case- and quote-insensitively; an ISO gold date also matches the way answers write dates
("29 September 2024"). Each question is asked as its `asked_as` user through the real pipeline
(access control, vault pseudonymisation, hybrid retrieval, extractive answerer, audit).

Latency: end to end per question on the corpus, and at `--latency-chunks` N the pipeline minus
the model (access, pseudonymise, condense, retrieval, prompt, citations) over N random chunks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.answering import Answer, Answerer, build_answerer  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from evals.evaluators import answers_yes_no  # noqa: E402
from evals.support import notes_from_rows, supporting_notes_by_question  # noqa: E402


@dataclass(frozen=True)
class Grade:
    """One gold question's result, with the reason when it failed."""

    question_id: str
    qtype: str
    answerable: bool
    facts_ok: bool
    cited_ok: bool
    refused_ok: bool
    reason: str
    cited_any_ok: bool = False
    """A note stating every gold fact is cited (the gold notes or another of the case, evals.support)."""
    cited: tuple[str, ...] = ()


@dataclass
class GoldReport:
    grades: list[Grade] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    def rate(self, attribute: str, answerable: bool) -> float:
        rows = [g for g in self.grades if g.answerable is answerable]
        return sum(getattr(g, attribute) for g in rows) / len(rows) if rows else float("nan")

    def summary(self) -> dict[str, Any]:
        failures = Counter(g.qtype for g in self.grades if g.reason)
        return {
            "questions": len(self.grades),
            "answerable": sum(g.answerable for g in self.grades),
            "gold_facts_present": round(self.rate("facts_ok", True), 3),
            "supporting_note_cited": round(self.rate("cited_ok", True), 3),
            "supporting_note_cited_any": round(self.rate("cited_any_ok", True), 3),
            "cited_a_stating_note": [g.question_id for g in self.grades if g.cited_any_ok and not g.cited_ok],
            "not_recorded_when_unanswerable": round(self.rate("refused_ok", False), 3),
            "failures_by_qtype": dict(failures.most_common()),
            "p50_ms": round(percentile(self.latencies_ms, 50), 1),
            "p95_ms": round(percentile(self.latencies_ms, 95), 1),
        }


def fact_present(fact: str, text: str) -> bool:
    """A gold fact appears in an answer, ignoring case, curly quotes and spacing; ISO dates in words too.

    A yes/no fact is the answer's first word, as the accuracy suite reads it (`answers_yes_no`): a
    substring test passed every "Yes" and every refusal."""
    if _normalise(fact) in ("yes", "no"):
        return answers_yes_no(fact, text)
    haystack = _normalise(text)
    if _normalise(fact) in haystack:
        return True
    try:
        day = dt.date.fromisoformat(fact)
    except ValueError:
        return False
    return _normalise(f"{day.day} {day:%B %Y}") in haystack


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def grade(row: dict[str, Any], answer: Answer, stating: frozenset[str] = frozenset()) -> Grade:
    """Answerable: every gold fact present and a supporting note cited. Unanswerable: "not recorded".

    `stating` is the question's supporting notes by evals.support (gold plus notes stating the fact);
    the reason names a wrong note only when no such note is cited, so a FAIL line is a real miss."""
    cited = {c.note_id for c in answer.citations}
    if row["answerable"]:
        facts_ok = all(fact_present(fact, answer.text) for fact in row["gold_facts"])
        cited_ok = bool(cited & set(row["supporting_note_ids"]))
        cited_any_ok = bool(cited & (stating | set(row["supporting_note_ids"])))
        reason = (
            ""
            if facts_ok and cited_any_ok
            else (
                f"{'missing facts ' + str(row['gold_facts']) if not facts_ok else ''}"
                f"{' wrong note ' + str(sorted(cited)) if not cited_any_ok else ''}: {answer.text[:160]}"
            )
        )
        return Grade(
            row["id"], row["qtype"], True, facts_ok, cited_ok, False, reason, cited_any_ok, tuple(sorted(cited))
        )
    refused_ok = answer.refused and answer.reason == "not_recorded"
    return Grade(
        row["id"], row["qtype"], False, False, False, refused_ok, "" if refused_ok else f"answered: {answer.text[:160]}"
    )


def evaluate(
    answerer: Answerer,
    questions: Sequence[dict[str, Any]],
    reidentify: bool = True,
    stating: dict[str, frozenset[str]] | None = None,
) -> GoldReport:
    """Ask every gold question as its user and grade it; `stating` maps a question id to its
    supporting notes by evals.support (without it only the gold notes count)."""
    report = GoldReport()
    for row in questions:
        started = time.perf_counter()
        answer = answerer.ask(row["asked_as"], row["question"], case_id=row["case_id"], reidentify=reidentify)
        report.latencies_ms.append((time.perf_counter() - started) * 1000)
        report.grades.append(grade(row, answer, (stating or {}).get(row["id"], frozenset())))
    return report


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def ensure_imported(settings: Settings, corpus: Path) -> None:
    """Import the corpus into settings.home once; later runs reuse it."""
    from assistant.wiring import build_ingestor
    from records.loader import load_cases, load_users

    marker = settings.home / ".bench-imported"
    if marker.exists():
        return
    users = load_users(corpus / "users.json")
    loaded = load_cases(corpus / "cases.jsonl", known_users={u.username for u in users})
    if loaded.problems:
        raise SystemExit(f"{corpus}: {len(loaded.problems)} invalid records")
    redactor = None
    if not (REPO / "redaction" / "model").exists() and settings.redaction.ner_model_path is None:
        redactor = _pattern_redactor()
        print(
            "note: no trained NER model yet; importing with the gazetteer, identifier patterns and context rules only"
        )
    from assistant.ingest import SilentProgress

    started = time.perf_counter()
    build_ingestor(settings, redactor=redactor).run(
        loaded.cases, users, prune=False, progress=SilentProgress(), actor="bench"
    )
    print(f"imported {corpus.name}: {len(loaded.cases)} cases in {time.perf_counter() - started:.0f} s")
    marker.write_text("ok")


def _pattern_redactor() -> Any:
    from redaction.context_rules import context_people
    from redaction.patterns import find_identifiers
    from redaction.redactor import CaseRedactor

    class PatternAnalyzer:
        model_version = "patterns-only"

        def analyze(self, texts: Sequence[str]) -> list[list[Any]]:
            return [[*find_identifiers(text), *context_people(text)] for text in texts]

    return CaseRedactor(PatternAnalyzer())


def corpus_dir(name_or_path: str) -> Path:
    """`demo`, `heldout`, `independent` (under data/) or a directory; one clear message when it is not a corpus."""
    corpus = (
        REPO / "data" / name_or_path
        if "/" not in name_or_path and (REPO / "data" / name_or_path).is_dir()
        else Path(name_or_path)
    )
    missing = [part for part in ("cases.jsonl", "users.json", "gold/questions.jsonl") if not (corpus / part).is_file()]
    if missing:
        raise ValueError(f"--corpus {name_or_path}: {corpus} is not a corpus directory (missing {', '.join(missing)})")
    return corpus.resolve()


def quality(
    corpus_name: str, home: Path | None, limit: int | None, show_failures: int, cases: Sequence[str] = ()
) -> dict[str, Any]:
    corpus = corpus_dir(corpus_name)
    home = home or Path(tempfile.gettempdir()) / f"caseassist-bench-answer-{corpus.name}"
    os.environ["CASEASSIST_HOME"] = str(home)
    os.environ.pop("CASEASSIST_OLLAMA__BASE_URL", None)
    settings = Settings()
    home.mkdir(parents=True, exist_ok=True)
    ensure_imported(settings, corpus)
    answerer = build_answerer(settings)
    questions = select_cases(list(read_jsonl(corpus / "gold" / "questions.jsonl")), cases)[:limit]
    answerer.ask(questions[0]["asked_as"], questions[0]["question"], case_id=questions[0]["case_id"])  # warm-up
    stating = supporting_notes_by_question(questions, notes_from_rows(read_jsonl(corpus / "cases.jsonl")))
    report = evaluate(answerer, questions, stating=stating)
    for failure in [g for g in report.grades if g.reason][:show_failures]:
        print(f"  FAIL {failure.question_id} [{failure.qtype}] {failure.reason}")
    for hit in [g for g in report.grades if g.cited_any_ok and not g.cited_ok][:show_failures]:
        print(f"  STATING {hit.question_id} [{hit.qtype}] cites {list(hit.cited)}, a note stating the fact (not gold)")
    return {
        "corpus": str(corpus.relative_to(REPO)) if corpus.is_relative_to(REPO) else str(corpus),
        "backend": answerer.backend,
        "cases": sorted(cases) or "all",
        "load_average": round(os.getloadavg()[0], 1),
        **report.summary(),
    }


def select_cases(questions: list[dict[str, Any]], cases: Sequence[str]) -> list[dict[str, Any]]:
    """The gold questions of the named cases (all when none is named): a corpus split into a dev half,
    whose failures may be read, and a test half measured by its totals only."""
    if not cases:
        return questions
    unknown = sorted(set(cases) - {row["case_id"] for row in questions})
    if unknown:
        raise ValueError(f"--case {', '.join(unknown)}: no gold question in this corpus is about that case")
    return [row for row in questions if row["case_id"] in set(cases)]


class _InstantModel:
    """A chat model that answers at once, so the timing is the pipeline without generation."""

    backend = "none"
    model = "instant"

    def stream(self, request: Any) -> Iterator[str]:
        yield "The notes record this [1]." if request.sources else "This isn't recorded in the notes I can see."


def scale_latency(chunks: int, questions: int = 60, per_case: int = 20, scope_cases: int = 20) -> dict[str, Any]:
    """The pipeline over `chunks` synthetic chunks (real sentences from the demo corpus, random
    vectors): p50/p95 of everything but generation, and of an extractive answer end to end."""
    import random

    import numpy as np

    from access.audit import AuditLog
    from access.scope import Scope
    from access.tables import create_tables
    from assistant.answering import Answerer
    from assistant.conversations import RuleCondenser
    from assistant.models.extractive import ExtractiveChatModel
    from prompts.registry import load_prompt
    from records.database import make_engine
    from retrieval.embedding import MiniLMEmbedder
    from retrieval.exact import ExactCaseCache
    from retrieval.keyword_index import KeywordIndex
    from retrieval.retriever import HybridRetriever
    from retrieval.types import Chunk, NoteRecord

    rng = random.Random(7)
    texts = [note["text"] for case in read_jsonl(REPO / "data" / "demo" / "cases.jsonl") for note in case["notes"]]
    gold = [row for row in read_jsonl(REPO / "data" / "demo" / "gold" / "questions.jsonl")]
    day0 = dt.date(2018, 1, 1)
    items = [
        Chunk(
            f"S{i:07d}",
            f"S{i:07d}",
            f"K{i // per_case:05d}",
            day0 + dt.timedelta(days=rng.randrange(2500)),
            "case_note",
            "Note",
            rng.choice(texts),
            "standard",
        )
        for i in range(chunks)
    ]
    vectors = np.random.default_rng(7).standard_normal((chunks, 384), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    by_case: dict[str, list[int]] = {}
    for row, item in enumerate(items):
        by_case.setdefault(item.case_id, []).append(row)

    class Source:
        def generation(self) -> int:
            return 1

        def fetch(self, where: Any) -> tuple[list[str], Any, list[Chunk]]:
            rows = [row for case_id in where["case_id"]["$in"] for row in by_case.get(case_id, [])]
            return [items[r].chunk_id for r in rows], vectors[rows], [items[r] for r in rows]

        def notes(self, where: Any) -> list[NoteRecord]:
            return []

    with tempfile.TemporaryDirectory(prefix="bench-answer-") as tmp:
        keywords = KeywordIndex(Path(tmp) / "keywords.db")
        keywords.upsert(items)
        engine = make_engine(f"sqlite:///{Path(tmp) / 'app.db'}")
        create_tables(engine)
        cases = sorted(by_case)
        scope = Scope(full_cases=frozenset(rng.sample(cases, scope_cases)))

        class Scopes:
            def scope(self, username: str) -> Scope:
                return scope

            def case_scope(self, username: str, case_id: str) -> Scope:
                return scope.narrowed([case_id])

        class Vaults:
            def pseudonymise(self, text: str, case_id: str) -> str:
                return text

            def reidentify(self, text: str, case_id: str) -> str:
                return text

        embedder = MiniLMEmbedder()
        source = Source()
        retriever = HybridRetriever(embedder, ExactCaseCache(source), keywords, source)
        extractive = ExtractiveChatModel(embedder)
        results: dict[str, Any] = {
            "chunks": chunks,
            "scope_cases": scope_cases,
            "load_average": round(os.getloadavg()[0], 1),
        }
        for label, model in (("pipeline_without_generation", _InstantModel()), ("extractive_end_to_end", extractive)):
            answerer = Answerer(
                retriever=retriever,
                scopes=Scopes(),
                redactor=Vaults(),
                audit=AuditLog(engine, lambda: dt.datetime.now(dt.UTC)),
                chat_model=model,
                fallback=extractive,
                condenser=RuleCondenser(),
                prompt=load_prompt("answer", 1),
            )
            wall, cpu = [], []
            for index in range(questions + 5):
                asked = gold[index % len(gold)]
                case_id = sorted(scope.case_ids)[index % scope_cases]
                began, began_cpu = time.perf_counter(), time.process_time()
                answerer.ask("bench", asked["question"], case_id=case_id)
                if index >= 5:
                    wall.append((time.perf_counter() - began) * 1000)
                    cpu.append((time.process_time() - began_cpu) * 1000)
            results[label] = {
                "p50_ms": round(percentile(wall, 50), 1),
                "p95_ms": round(percentile(wall, 95), 1),
                "cpu_p50_ms": round(percentile(cpu, 50), 1),
                "cpu_p95_ms": round(percentile(cpu, 95), 1),
            }
        return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus",
        default="demo",
        help="demo (calibration), heldout, independent, or a corpus directory (cases.jsonl, users.json, gold/)",
    )
    parser.add_argument("--home", type=Path, default=None, help="CASEASSIST_HOME to import into (reused between runs)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--case",
        action="append",
        default=[],
        metavar="ID",
        help="only the gold questions about this case (repeatable): measure a dev or test half of a corpus",
    )
    parser.add_argument("--show-failures", type=int, default=20)
    parser.add_argument("--latency-chunks", type=int, default=0, help="also time the pipeline over N synthetic chunks")
    parser.add_argument("--skip-quality", action="store_true", help="only the --latency-chunks measurement")
    parser.add_argument(
        "--torch-threads",
        type=int,
        default=1,
        help="torch intra-op threads (default 1: on a shared CPU two threads spin and a MiniLM query takes ~0.9 s instead of ~40 ms)",
    )
    args = parser.parse_args(argv)
    if not args.skip_quality:
        try:
            select_cases(list(read_jsonl(corpus_dir(args.corpus) / "gold" / "questions.jsonl")), args.case)
        except ValueError as exc:
            parser.error(str(exc))
    import torch

    torch.set_num_threads(args.torch_threads)
    if not args.skip_quality:
        print(json.dumps(quality(args.corpus, args.home, args.limit, args.show_failures, args.case), indent=2))
    if args.latency_chunks:
        print(json.dumps(scale_latency(args.latency_chunks), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
