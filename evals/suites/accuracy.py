"""Accuracy: gold facts present, "not recorded" when the notes do not say, citation precision and
recall against the gold supporting notes, and the share of answers citing at least one supporting
note, twice: `supporting_note_cited` counts the gold notes only, `supporting_note_cited_any` any note
of the case stating the fact (evals.support; the one gated); overall and per question type."""

from __future__ import annotations

from collections import defaultdict

from evals.core import Evaluator, SuiteResult, mean
from evals.evaluators import (
    STATING_NOTE_CITED,
    CitationPrecision,
    CitationRecall,
    GoldFactsPresent,
    SaysNotRecorded,
    SupportingNoteCited,
)
from evals.suites.common import RunContext, failure, gold_questions

NAME = "accuracy"
EVALUATORS: tuple[Evaluator, ...] = (
    GoldFactsPresent(),
    SaysNotRecorded(),
    CitationPrecision(),
    CitationRecall(),
    SupportingNoteCited(),
    STATING_NOTE_CITED,
)
METRIC_OF = {
    "gold_facts": "fact_accuracy",
    "not_recorded": "not_recorded_rate",
    "citation_precision": "citation_precision",
    "citation_recall": "citation_recall",
    "supporting_note_cited": "supporting_note_cited",
    "supporting_note_cited_any": "supporting_note_cited_any",
}
PAIRED = ("gold_facts", "not_recorded", "supporting_note_cited", "supporting_note_cited_any")
"""Pass/fail verdicts kept per question, so `eval compare` can run McNemar between two reports."""


def run(ctx: RunContext) -> SuiteResult:
    dataset = gold_questions(ctx.subject, ctx.max_questions)
    result = SuiteResult(NAME, datasets=[dataset.ref])
    scores: dict[str, list[float]] = defaultdict(list)
    by_type: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for index, case in enumerate(dataset.cases):
        ctx.progress(f"accuracy: question {index + 1} of {len(dataset.cases)}", index / max(len(dataset.cases), 1))
        observed = ctx.ask(str(case.inputs["asked_as"]), str(case.inputs["question"]), str(case.inputs["case_id"]))
        for evaluator in EVALUATORS:
            verdict = evaluator.evaluate(case, observed)
            if verdict is None:
                continue
            metric = METRIC_OF[verdict.name]
            score = verdict.score if verdict.name.startswith("citation") else float(verdict.passed)
            scores[metric].append(score)
            by_type[case.tags["qtype"]][metric].append(score)
            if verdict.name in PAIRED:
                result.paired.setdefault(metric, []).append(int(verdict.passed))
            if not verdict.passed:
                result.failures.append(failure(NAME, verdict.name, case, observed, verdict.reason, case.tags["qtype"]))
    result.metrics = {metric: mean(values) for metric, values in scores.items()}
    result.groups = {qtype: {m: mean(v) for m, v in metrics.items()} for qtype, metrics in sorted(by_type.items())}
    result.counts = {"questions": len(dataset.cases), **{f"n_{m}": len(v) for m, v in scores.items()}}
    return result
