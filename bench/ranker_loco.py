"""The learned sentence ranker: its dataset, its leave-one-corpus-out test, and its training.

    .venv/bin/python bench/ranker_loco.py dataset --home-root /tmp/lrn11       # rows for the sixteen corpora
    .venv/bin/python bench/ranker_loco.py offline --data /tmp/lrn11            # fact-in-top-3, LOCO, no pipeline
    .venv/bin/python bench/ranker_loco.py loco --data /tmp/lrn11 --home-root /tmp/lrn11   # end to end, LOCO
    .venv/bin/python bench/ranker_loco.py fit --data /tmp/lrn11                # all sixteen -> assistant/models/ranker_model/

Dataset: every gold question of the sixteen development corpora is asked through the real pipeline
(access, vault, hybrid retrieval, extractive answerer) as its user. For each, the answerer's own
seam (`ExtractiveChatModel.ranked`, `ranker_inputs`) gives the hand ranking before any gate and the
features of its first `ranker_top` candidates. A candidate's label says whether it holds a gold
fact: the sentence as the answerer would quote it first (`rendering.render`, dated for "when" and
yes/no questions, so for "when" the date it would read from that sentence is what counts) is
re-identified and checked with bench_answer's `fact_present` against each gold fact that is not a
bare "yes"/"no" (polarity is not a sentence property); the label is 1 when it holds at least one.
Yes/no questions whose only facts are "yes"/"no", and unanswerable questions, get no labels but are
still asked end to end (a re-ranking can change what a refusal gate sees).

LOCO: for each corpus, a logistic regression fitted on the other fifteen (standardised, balanced, small
C) re-orders the hand head of that corpus's questions, and bench_answer's own grading (facts, a
supporting or stating note cited, "not recorded") is compared with the hand order end to end.
data/independent15 is sealed: never read here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np  # noqa: E402
from bench_answer import _normalise, corpus_dir, fact_present, grade, read_jsonl  # noqa: E402
from gate_dataset import DEVELOPMENT, development_answerer  # noqa: E402

from assistant.models.base import ChatRequest, QuestionType  # noqa: E402
from assistant.models.candidates import Candidate  # noqa: E402
from assistant.models.evidence import GENERIC  # noqa: E402
from assistant.models.extractive import ExtractiveChatModel  # noqa: E402
from assistant.models.questions import question_terms, spelled_out, without_dates  # noqa: E402
from assistant.models.ranker import DEFAULT_MODEL, FEATURES, LinearRanker  # noqa: E402
from assistant.models.rendering import render  # noqa: E402
from evals.support import notes_from_rows, supporting_notes_by_question  # noqa: E402

DEFAULT_C = 0.1


class SpyChatModel(ExtractiveChatModel):
    """The real answerer, recording the candidates it chose from and their ranker inputs."""

    last: tuple[ChatRequest, list[Candidate], list[dict[str, float]]] | None = None

    def select(self, request: ChatRequest) -> list[Candidate]:
        ranked = self.ranked(request)
        self.last = (request, ranked, self.ranker_inputs(request, ranked))
        return super().select(request)


class MemoRetriever:
    """The retriever, each query answered once per process: the variants differ only after retrieval."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._memo: dict[str, Any] = {}

    def search_queries(self, *args: Any, **kwargs: Any) -> Any:
        key = repr((args, sorted(kwargs.items())))
        if key not in self._memo:
            self._memo[key] = self._inner.search_queries(*args, **kwargs)
        return self._memo[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _answerer(corpus: str, home_root: Path) -> Any:
    answerer = development_answerer(corpus, home_root)
    answerer._retriever = MemoRetriever(answerer._retriever)
    return answerer


def _questions(corpus: str) -> tuple[list[dict[str, Any]], dict[str, frozenset[str]]]:
    folder = corpus_dir(corpus)
    questions = list(read_jsonl(folder / "gold" / "questions.jsonl"))
    return questions, supporting_notes_by_question(questions, notes_from_rows(read_jsonl(folder / "cases.jsonl")))


def _labels(answerer: Any, row: dict[str, Any], request: ChatRequest, head: Sequence[Candidate]) -> list[int] | None:
    """1 for each head candidate that, quoted first, holds a non-polar gold fact; None: no such fact."""
    facts = [f for f in row["gold_facts"] if _normalise(f) not in ("yes", "no")]
    if not row["answerable"] or not facts:
        return None
    question = spelled_out(request.question)
    asked = question_terms(without_dates(question)) - GENERIC
    dated = request.qtype in (QuestionType.WHEN, QuestionType.YES_NO)
    labels = []
    for candidate in head:
        text = answerer._redactor.reidentify(render(candidate, dated, request.qtype, asked, False), row["case_id"])
        labels.append(int(any(fact_present(fact, text) for fact in facts)))
    return labels


def dataset(corpus: str, home_root: Path, out_dir: Path) -> Path:
    """One corpus's rows (one per head candidate) and its hand end-to-end grades."""
    answerer = _answerer(corpus, home_root)
    real = answerer._fallback
    spy = SpyChatModel(real._embedder, replace(real._tuning, ranker_similarity=True))
    answerer._chat = answerer._fallback = spy
    questions, stating = _questions(corpus)
    rows, grades = [], []
    for row in questions:
        spy.last = None
        answer = answerer.ask(row["asked_as"], row["question"], case_id=row["case_id"])
        grades.append(_grade_row(grade(row, answer, stating.get(row["id"], frozenset()))))
        if spy.last is None:
            continue
        request, ranked, inputs = spy.last
        labels = _labels(answerer, row, request, ranked[: len(inputs)])
        if labels is None:
            continue
        for rank, (features, label) in enumerate(zip(inputs, labels, strict=True)):
            rows.append({"corpus": corpus, "id": row["id"], "qtype": row["qtype"], "rank": rank, "label": label, "x": features})
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"ranker_{corpus}.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (out_dir / f"hand_{corpus}.json").write_text(json.dumps(grades), encoding="utf-8")
    return out


def _grade_row(g: Any) -> dict[str, Any]:
    return {"id": g.question_id, "answerable": g.answerable, "facts": g.facts_ok, "cited": g.cited_any_ok, "refused": g.refused_ok}


def load(data: Path, corpora: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    return {c: list(read_jsonl(data / f"ranker_{c}.jsonl")) for c in corpora if (data / f"ranker_{c}.jsonl").is_file()}


def _matrix(rows: Sequence[dict[str, Any]], names: Sequence[str]) -> np.ndarray:
    return np.array([[r["x"].get(n, 0.0) for n in names] for r in rows], dtype=float)


def fit(rows: Sequence[dict[str, Any]], names: Sequence[str], c: float, pairwise: bool, meta: dict[str, Any]) -> LinearRanker:
    """Logistic regression on the questions whose head holds a fact (the others teach no order)."""
    from sklearn.linear_model import LogisticRegression

    by_question: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_question[(r["corpus"], r["id"])].append(r)
    kept = [r for group in by_question.values() if any(x["label"] for x in group) for r in group]
    x = _matrix(kept, names)
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = (x - means) / scales
    if pairwise:
        index = {id(r): i for i, r in enumerate(kept)}
        diffs, ys = [], []
        for group in by_question.values():
            pos = [index[id(r)] for r in group if r["label"] and id(r) in index]
            neg = [index[id(r)] for r in group if not r["label"] and id(r) in index]
            for i in pos:
                for j in neg:
                    diffs.append(z[i] - z[j])
                    ys.append(1)
                    diffs.append(z[j] - z[i])
                    ys.append(0)
        model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000).fit(np.array(diffs), np.array(ys))
        intercept = 0.0
    else:
        y = np.array([r["label"] for r in kept])
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(z, y)
        intercept = float(model.intercept_[0])
    return LinearRanker(
        tuple(names), tuple(float(v) for v in model.coef_[0]), tuple(map(float, means)), tuple(map(float, scales)), intercept, meta
    )


def _order(group: Sequence[dict[str, Any]], ranker: LinearRanker | None, weight: float) -> list[dict[str, Any]]:
    if ranker is None:
        return sorted(group, key=lambda r: r["rank"])
    return sorted(group, key=lambda r: (-(r["x"]["score"] + weight * ranker.score(r["x"])), r["rank"]))


def offline(data: Path, names: Sequence[str], c: float, pairwise: bool, weights: Sequence[float]) -> None:
    """Fact in the first 1 / 3 of the head, hand vs LOCO-learned orders (no pipeline: a quick screen)."""
    rows = load(data, DEVELOPMENT)
    print(f"{'corpus':14} {'q':>4} {'any':>4} {'hand@1':>7} {'hand@3':>7} " + " ".join(f"w{w:g}@1 w{w:g}@3" for w in weights))
    totals: dict[str, int] = defaultdict(int)
    for corpus, held in rows.items():
        ranker = fit([r for k, v in rows.items() if k != corpus for r in v], names, c, pairwise, {})
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in held:
            groups[r["id"]].append(r)
        ceiling = sum(any(r["label"] for r in g) for g in groups.values())
        totals["ceiling"] += ceiling
        line = [f"{corpus:14} {len(groups):4} {ceiling:4}"]
        for key, model, w in [("hand", None, 0.0), *((f"w{w:g}", ranker, w) for w in weights)]:
            at1 = sum(_order(g, model, w)[0]["label"] for g in groups.values())
            at3 = sum(any(r["label"] for r in _order(g, model, w)[:3]) for g in groups.values())
            totals[f"{key}@1"] += at1
            totals[f"{key}@3"] += at3
            line.append(f"{at1:7} {at3:7}")
        print(" ".join(line))
    print("total", dict(totals))


def end_to_end(corpus: str, home_root: Path, variants: dict[str, tuple[LinearRanker | None, float]], similarity: bool) -> dict[str, list[dict[str, Any]]]:
    """bench_answer's grades of every gold question under each variant (None = the hand order)."""
    answerer = _answerer(corpus, home_root)
    base = answerer._fallback
    questions, stating = _questions(corpus)
    out = {}
    for name, (ranker, weight) in variants.items():
        tuning = replace(base._tuning, ranker_weight=weight if ranker else 0.0, ranker_similarity=similarity)
        model = ExtractiveChatModel(base._embedder, tuning, ranker=ranker)
        answerer._chat = answerer._fallback = model
        out[name] = [
            _grade_row(grade(row, answerer.ask(row["asked_as"], row["question"], case_id=row["case_id"]), stating.get(row["id"], frozenset())))
            for row in questions
        ]
    return out


def _summary(grades: Sequence[dict[str, Any]]) -> tuple[int, int, int, int, int]:
    answerable = [g for g in grades if g["answerable"]]
    other = [g for g in grades if not g["answerable"]]
    return (
        sum(g["facts"] for g in answerable), sum(g["cited"] for g in answerable), len(answerable),
        sum(g["refused"] for g in other), len(other),
    )  # fmt: skip


def loco(data: Path, home_root: Path, names: Sequence[str], c: float, pairwise: bool, weights: Sequence[float], similarity: bool, corpora: Sequence[str]) -> None:
    rows = load(data, DEVELOPMENT)
    results: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for corpus in corpora:
        started = time.perf_counter()
        ranker = fit([r for k, v in rows.items() if k != corpus for r in v], names, c, pairwise, {})
        hand_file = data / f"hand_{corpus}.json"
        variants: dict[str, tuple[LinearRanker | None, float]] = {} if hand_file.is_file() else {"hand": (None, 0.0)}
        variants |= {f"w{w:g}": (ranker, w) for w in weights}
        results[corpus] = end_to_end(corpus, home_root, variants, similarity)
        if hand_file.is_file():
            # The dataset pass asked every question with the hand order, on the same import.
            results[corpus] = {"hand": json.loads(hand_file.read_text(encoding="utf-8")), **results[corpus]}
        (data / f"loco_{corpus}.json").write_text(json.dumps(results[corpus]), encoding="utf-8")
        line = "  ".join(f"{k}: {_fmt(_summary(v))}" for k, v in results[corpus].items())
        print(f"{corpus:14} {line}   ({time.perf_counter() - started:.0f} s)", flush=True)
    _table(results)


def _fmt(s: tuple[int, int, int, int, int]) -> str:
    return f"facts {s[0]}/{s[2]} cited {s[1]} notrec {s[3]}/{s[4]}"


def _table(results: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    variants = [k for k in next(iter(results.values())) if k != "hand"]
    for variant in variants:
        won = lost = better = worse = 0
        worst = 0
        print(f"\n{variant}: corpus | hand facts | learned facts | hand cited | learned cited | hand not rec | learned not rec | net")
        for corpus, by in results.items():
            h, v = _summary(by["hand"]), _summary(by[variant])
            net = (v[0] - h[0]) + (v[3] - h[3])
            won += max(net, 0)
            lost += max(-net, 0)
            better += net > 0
            worse += net < 0
            worst = min(worst, net)
            print(f"| {corpus} | {h[0]}/{h[2]} | {v[0]}/{v[2]} | {h[1]} | {v[1]} | {h[3]}/{h[4]} | {v[3]}/{v[4]} | {net:+d} |")
        print(f"{variant}: questions won {won}, lost {lost}; better on {better}, worse on {worse}; worst corpus {worst:+d}")


def write_model(data: Path, names: Sequence[str], c: float, pairwise: bool, loco_note: str) -> Path:
    rows = load(data, DEVELOPMENT)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    meta = {"corpora": sorted(rows), "commit": commit, "c": c, "pairwise": pairwise, "loco": loco_note}
    ranker = fit([r for v in rows.values() for r in v], names, c, pairwise, meta)
    DEFAULT_MODEL.parent.mkdir(parents=True, exist_ok=True)
    DEFAULT_MODEL.write_text(ranker.to_json() + "\n", encoding="utf-8")
    return DEFAULT_MODEL


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("dataset", "offline", "loco", "table", "fit"))
    parser.add_argument("--corpus", action="append", default=[], help="a development corpus (repeatable; default all sixteen)")
    parser.add_argument("--home-root", type=Path, default=Path("/tmp/lrn11"), help="imports in <home-root>/h_<corpus>, reused")
    parser.add_argument("--data", type=Path, default=Path("/tmp/lrn11"), help="where the dataset rows are written and read")
    parser.add_argument("-C", type=float, default=DEFAULT_C, help="inverse regularisation strength")
    parser.add_argument("--pairwise", action="store_true", help="fit on pairs (fact-holding minus not) instead of points")
    parser.add_argument("--weight", type=float, action="append", default=[], help="blend weight(s) of the logit (default 0.05, 0.2, 100)")
    parser.add_argument("--no-similarity", action="store_true", help="leave out the MiniLM similarity inputs")
    parser.add_argument("--loco-note", default="", help="the LOCO figures to record in the artefact (fit)")
    args = parser.parse_args(argv)
    corpora = args.corpus or list(DEVELOPMENT)
    for corpus in corpora:
        if corpus not in DEVELOPMENT:
            parser.error(f"--corpus {corpus}: not a development corpus (one of {', '.join(DEVELOPMENT)})")
    names = [n for n in FEATURES if not (args.no_similarity and n.startswith("similarity"))]
    weights = args.weight or [0.05, 0.2, 100.0]
    import torch

    torch.set_num_threads(1)
    if args.step == "dataset":
        for corpus in corpora:
            started = time.perf_counter()
            out = dataset(corpus, args.home_root, args.data)
            print(f"{corpus}: {out} in {time.perf_counter() - started:.0f} s", flush=True)
    elif args.step == "offline":
        offline(args.data, names, args.C, args.pairwise, weights)
    elif args.step == "loco":
        loco(args.data, args.home_root, names, args.C, args.pairwise, weights, not args.no_similarity, corpora)
    elif args.step == "table":
        saved = {c: args.data / f"loco_{c}.json" for c in corpora}
        _table({c: json.loads(path.read_text(encoding="utf-8")) for c, path in saved.items() if path.is_file()})
    else:
        print(write_model(args.data, names, args.C, args.pairwise, args.loco_note))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
