"""Unanswerable probe: does the answerer say "not recorded" when the notes discuss a question's topic
but never give its specific answer?

    .venv/bin/python bench/bench_unanswerable.py --corpus independent5 --home /tmp/me/h_independent5
    .venv/bin/python bench/bench_unanswerable.py --corpus independent4 --gold   # also the answerable gold facts

The development corpora hold only a dozen or so unanswerable gold questions each, all tuned on, so
they no longer tell us whether abstention carries to new writing. The probes in
`bench/probes/unanswerable_<corpus>.jsonl` are the hard kind a worker asks in a chat box: the GP is
mentioned but never named, a review is due with no date set, a payment is discussed without a
figure, a person was present but nothing they said is recorded. Each line is
{"id", "case_id", "question", "qtype", "asked_as"}; each is asked as its user through the real
pipeline (the import, access control and answerer of bench_answer.py, reused not copied), and every
probe that was answered is printed with what it quoted, so the cause can be read. `--gold` also runs
the corpus's answerable gold questions, so a rule's cost in facts shows next to its gain.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_answer import REPO, corpus_dir, ensure_imported, evaluate, read_jsonl

from assistant.answering import Answer, Answerer, build_answerer
from assistant.settings import Settings

PROBES = REPO / "bench" / "probes"
_FIELDS = ("id", "case_id", "question", "qtype", "asked_as")


def probes_for(corpus: Path) -> list[dict[str, Any]]:
    """The probe questions of a corpus; one clear message naming file, line and field when a line is malformed."""
    path = PROBES / f"unanswerable_{corpus.name}.jsonl"
    if not path.is_file():
        raise ValueError(f"{path}: no probe file for corpus {corpus.name}")
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
        missing = [name for name in _FIELDS if not isinstance(row.get(name), str)]
        if missing:
            raise ValueError(f"{path}:{number}: probe {row.get('id', '?')} lacks field(s) {', '.join(missing)}")
        rows.append(row)
    return rows


def not_recorded(answer: Answer) -> bool:
    """The answer the probe wants: the product's "not recorded" refusal, nothing else."""
    return answer.refused and answer.reason == "not_recorded"


def ask_probes(answerer: Answerer, probes: Sequence[dict[str, Any]]) -> list[tuple[dict[str, Any], Answer]]:
    """Every probe asked as its user about its case, in order."""
    return [
        (row, answerer.ask(row["asked_as"], row["question"], case_id=row["case_id"]))
        for row in probes
    ]


def report(corpus_name: str, home: Path | None, gold: bool) -> dict[str, Any]:
    corpus = corpus_dir(corpus_name)
    probes = probes_for(corpus)
    home = home or Path(tempfile.gettempdir()) / f"caseassist-bench-answer-{corpus.name}"
    os.environ["CASEASSIST_HOME"] = str(home)
    os.environ.pop("CASEASSIST_OLLAMA__BASE_URL", None)
    settings = Settings()
    home.mkdir(parents=True, exist_ok=True)
    ensure_imported(settings, corpus)
    answerer = build_answerer(settings)
    results = ask_probes(answerer, probes)
    for row, answer in results:
        if not not_recorded(answer):
            quoted = " | ".join(c.quote for c in answer.citations) or answer.text
            print(f"  ANSWERED {row['id']} [{row['qtype']}] {row['question']!r} -> {quoted[:200]!r}")
    summary: dict[str, Any] = {
        "corpus": corpus.name,
        "probes": len(results),
        "not_recorded_on_probes": round(sum(not_recorded(a) for _, a in results) / len(results), 3),
    }
    if gold:
        answerable = [row for row in read_jsonl(corpus / "gold" / "questions.jsonl") if row["answerable"]]
        graded = evaluate(answerer, answerable)
        summary["gold_facts_present"] = round(graded.rate("facts_ok", True), 3)
        summary["gold_facts_missing"] = [g.question_id for g in graded.grades if not g.facts_ok]
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="independent5", help="a corpus with bench/probes/unanswerable_<name>.jsonl")
    parser.add_argument("--home", type=Path, default=None, help="CASEASSIST_HOME to import into (reused between runs)")
    parser.add_argument("--gold", action="store_true", help="also grade the corpus's answerable gold questions")
    args = parser.parse_args(argv)
    try:
        probes_for(corpus_dir(args.corpus))
    except ValueError as exc:
        parser.error(str(exc))
    import torch

    torch.set_num_threads(1)
    print(json.dumps(report(args.corpus, args.home, args.gold), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
