"""Retrieval-only recall: is a gold question's supporting note among what retrieval hands the answerer?

    .venv/bin/python bench/bench_retrieval_recall.py                          # demo, heldout, independent
    .venv/bin/python bench/bench_retrieval_recall.py --corpus independent --show-misses 20
    .venv/bin/python bench/bench_retrieval_recall.py --corpus demo --reimport  # after a chunking change

The answerer (extractive or Ollama) can only answer from the chunks retrieval returns, so this
isolates retrieval from sentence choice: each answerable gold question is asked as its `asked_as`
user, scoped to its case, through the real answering pipeline (access scope, vault
pseudonymisation, the answerer's date window and date-named notes, expansion, scoped hybrid
retriever) with a recording stand-in as the chat model, and we check whether a supporting note is
among the sources the model would be given with the answerer's top k. `any@k`: at least one supporting note retrieved (what citing needs); `all@k`: every
supporting note retrieved (what a question whose facts sit in two notes needs); `mrr`: mean
reciprocal rank of the first supporting note among the sources. A note being retrieved is not
enough when a long note is split: `facts_in_sources_at_k` is the share of questions with textual
gold facts (not dates, not yes/no) whose every fact appears in the source texts the model is given,
re-identified as the answer shows them: the fact-bearing chunk itself reached the model.

Each corpus is imported once into its own home (`/tmp/caseassist-bench-recall-<corpus>`), separate
from bench_answer's, so a re-import here never disturbs another run. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from bench_answer import _normalise as normalise  # noqa: E402
from bench_answer import corpus_dir, ensure_imported, read_jsonl  # noqa: E402

from assistant.settings import Settings  # noqa: E402

DEFAULT_CORPORA = ("demo", "heldout", "independent")
KS = (5, 8, 20)


class SourceRecorder:
    """A chat model that answers at once and keeps the note ids of the sources it was given.

    It stands where Ollama or the extractive model would, so what it records is exactly what an
    answering model sees: the date-named notes the answerer adds, then the retriever's top k.
    """

    backend = "none"
    model = "recorder"

    def __init__(self) -> None:
        self.last: list[str] = []
        self.texts: list[tuple[str, str]] = []
        """(case id, pseudonymised chunk text) of each source, in order."""

    def stream(self, request: Any) -> Iterator[str]:
        self.last = [source.chunk.note_id for source in request.sources]
        self.texts = [(source.chunk.case_id, source.chunk.text) for source in request.sources]
        yield "Recorded [1]." if request.sources else "This isn't recorded in the notes I can see."


def answerer_with(settings: Settings, recorder: SourceRecorder, top_k: int) -> Any:
    """The real answering pipeline (access, vaults, condenser, retriever, prompt) with the recorder as model."""
    from assistant.answering import ANSWER_PROMPT, Answerer, VaultRedactor
    from assistant.conversations import RuleCondenser
    from assistant.models.extractive import ExtractiveChatModel
    from assistant.wiring import build_access, build_embedder, build_engine, build_retriever, build_vault
    from prompts.registry import load_prompt

    engine = build_engine(settings)
    access = build_access(settings)
    embedder = build_embedder(settings)
    return Answerer(
        retriever=build_retriever(settings, engine=engine, embedder=embedder),
        scopes=access,
        redactor=VaultRedactor(build_vault(settings, engine)),
        audit=access.audit,
        chat_model=recorder,
        fallback=ExtractiveChatModel(embedder),
        condenser=RuleCondenser(),
        prompt=load_prompt(*ANSWER_PROMPT),
        top_k=top_k,
    )


def textual_facts(row: dict[str, Any]) -> list[str]:
    """The gold facts that are words to find in a note (not an ISO date, not a yes/no)."""
    facts = []
    for fact in row["gold_facts"]:
        try:
            dt.date.fromisoformat(fact)
        except ValueError:
            if fact.lower() not in {"yes", "no"}:
                facts.append(fact)
    return facts


def facts_in_sources(facts: Sequence[str], recorder: SourceRecorder, reidentify: Callable[[str, str], str]) -> bool:
    """Every fact appears in the text the model is given (re-identified, as the answer would show it)."""
    shown = normalise(" ".join(reidentify(text, case_id) for case_id, text in recorder.texts))
    return all(normalise(fact) in shown for fact in facts)


def recall_for(
    corpus_name: str, home: Path | None, reimport: bool, show_misses: int, ks: Sequence[int], caseload: bool
) -> dict[str, Any]:
    """Recall of the supporting note over one corpus's answerable gold questions, for each answerer k.

    `caseload`: the question is asked without choosing its case, over everything the user may see,
    the harder setting (more notes compete) and a proxy for a corpus whose wording we have not seen.
    """
    corpus = corpus_dir(corpus_name)
    home = home or Path(tempfile.gettempdir()) / f"caseassist-bench-recall-{corpus.name}"
    if reimport and home.exists():
        shutil.rmtree(home)
    os.environ["CASEASSIST_HOME"] = str(home)
    home.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    ensure_imported(settings, corpus)
    questions = [row for row in read_jsonl(corpus / "gold" / "questions.jsonl") if row["answerable"]]
    with_facts = [row for row in questions if textual_facts(row)]
    from assistant.answering import VaultRedactor
    from assistant.wiring import build_vault

    reidentify = VaultRedactor(build_vault(settings)).reidentify
    fact_rate: dict[int, float] = {}
    any_rate: dict[int, float] = {}
    all_rate: dict[int, float] = {}
    mrr: dict[int, float] = {}
    timings: dict[int, tuple[float, float]] = {}
    for k in ks:
        recorder = SourceRecorder()
        answerer = answerer_with(settings, recorder, k)
        answerer.ask(questions[0]["asked_as"], questions[0]["question"], case_id=questions[0]["case_id"])  # warm-up
        found_any = found_all = 0
        reciprocal = 0.0
        facts_found = 0
        elapsed: list[float] = []
        misses: list[str] = []
        for row in questions:
            began = time.perf_counter()
            answerer.ask(row["asked_as"], row["question"], case_id=None if caseload else row["case_id"], reidentify=False)
            elapsed.append((time.perf_counter() - began) * 1000)
            gold = set(row["supporting_note_ids"])
            found_any += bool(gold & set(recorder.last))
            found_all += gold <= set(recorder.last)
            ranks_found = [recorder.last.index(note) + 1 for note in gold if note in recorder.last]
            reciprocal += 1 / min(ranks_found) if ranks_found else 0.0
            if textual_facts(row):
                present = facts_in_sources(textual_facts(row), recorder, reidentify)
                facts_found += present
                if not present:
                    misses.append(f"k={k} {row['id']} [{row['qtype']}] facts not in sources {textual_facts(row)}")
            if not gold <= set(recorder.last):
                ranks = {note: (recorder.last.index(note) + 1 if note in recorder.last else None) for note in sorted(gold)}
                misses.append(f"k={k} {row['id']} [{row['qtype']}] source ranks {ranks}: {row['question']}")
        any_rate[k] = round(found_any / len(questions), 3)
        all_rate[k] = round(found_all / len(questions), 3)
        mrr[k] = round(reciprocal / len(questions), 3)
        fact_rate[k] = round(facts_found / len(with_facts), 3)
        elapsed.sort()
        timings[k] = (round(elapsed[len(elapsed) // 2], 1), round(elapsed[min(len(elapsed) - 1, round(0.95 * (len(elapsed) - 1)))], 1))
        if k == settings.retrieval.top_k or k == ks[-1]:
            for line in misses[:show_misses]:
                print(f"  MISS {line}")
    return {
        "corpus": corpus.name,
        "answerable": len(questions),
        "any_at_k": any_rate,
        "all_at_k": all_rate,
        "mrr": mrr,
        "with_textual_facts": len(with_facts),
        "facts_in_sources_at_k": fact_rate,
        "scope": "caseload" if caseload else "case",
        "pipeline_without_generation_p50_p95_ms": timings,
        "load_average": round(os.getloadavg()[0], 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", default=[], help="demo, heldout, independent or a corpus directory (repeatable)")
    parser.add_argument("--home", type=Path, default=None, help="CASEASSIST_HOME to import into (one corpus only)")
    parser.add_argument("--reimport", action="store_true", help="drop the bench's home and import again (after a chunking change)")
    parser.add_argument("--show-misses", type=int, default=30)
    parser.add_argument("--k", type=int, action="append", default=[], help="answerer top k to measure (repeatable; default 5, 8, 20)")
    parser.add_argument("--caseload", action="store_true", help="ask without choosing the case: over the user's whole caseload")
    args = parser.parse_args(argv)
    corpora = args.corpus or list(DEFAULT_CORPORA)
    if args.home is not None and len(corpora) > 1:
        parser.error("--home needs exactly one --corpus")
    import torch

    torch.set_num_threads(1)
    for name in corpora:
        print(json.dumps(recall_for(name, args.home, args.reimport, args.show_misses, sorted(args.k or KS), args.caseload)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
