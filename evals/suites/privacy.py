"""Privacy: the redaction suite, then a scan of everything the run produced for raw personal data.

Scanned for every raw PII value of the gold set (names, dates of birth, addresses, phone, NHS and
NI numbers, emails): the prompts that reached the language model, every log line, the audit rows,
and the vector and keyword index files on disk. Answers are shown re-identified to entitled
readers, so an answer fails only when it carries a value from a case other than the one it is about.
Reports show values masked ("K****a"), never in full: the report must not become the leak.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from evals.core import Failure, SuiteResult
from evals.evaluators import PiiValue, mask, pii_found
from evals.subject import Subject
from evals.suites.common import RunContext

NAME = "privacy"
MIN_VALUE_CHARS = 4


def pii_values(subject: Subject) -> list[PiiValue]:
    """Raw values from gold/pii.jsonl, without staff names (staff are not redacted) and very short parts."""
    staff = {part.lower() for user in subject.corpus.users for part in user.display_name.split()}
    staff |= {user.display_name.lower() for user in subject.corpus.users}
    values: dict[tuple[str, str], PiiValue] = {}
    for row in subject.corpus.gold("pii.jsonl"):
        for span in row.get("spans", []):
            text = str(span.get("text", "")).strip()
            if len(text) < MIN_VALUE_CHARS or text.lower() in staff:
                continue
            values.setdefault((row["case_id"], text.lower()), PiiValue(str(span["type"]), text, str(row["case_id"])))
    return list(values.values())


def _scan(where: str, texts: Iterable[tuple[str, str]], values: Sequence[PiiValue], result: SuiteResult) -> int:
    """Failures for every value found in `texts` ((label, text) pairs); returns how many were found."""
    found = 0
    for label, text in texts:
        lowered = text.lower()
        for value in pii_found(lowered, [v for v in values if v.value.lower() in lowered]):
            found += 1
            if len([f for f in result.failures if f.check == where]) < 50:
                result.failures.append(
                    Failure(NAME, where, label, f"raw {value.type} {mask(value.value)} of case {value.case_id}")
                )
    return found


def _store_texts(subject: Subject) -> Iterable[tuple[str, str]]:
    for path in subject.store_files():
        yield str(path.relative_to(subject.home)), path.read_bytes().decode("utf-8", "ignore")


def _answer_leaks(ctx: RunContext, values: Sequence[PiiValue], result: SuiteResult) -> int:
    by_case: dict[str, list[PiiValue]] = defaultdict(list)
    for value in values:
        by_case[value.case_id].append(value)
    found = 0
    for (username, question, case_id), observed in ctx.answers.items():
        if not case_id:
            continue
        foreign = [v for c, vs in by_case.items() if c != case_id for v in vs]
        own = {v.value.lower() for v in by_case.get(case_id, [])}
        text = (
            str(observed.get("answer", ""))
            + " "
            + " ".join(str(c.get("quote", "")) for c in observed.get("citations", []))
        )
        for value in pii_found(
            text, [v for v in foreign if v.value.lower() not in own and v.value.lower() in text.lower()]
        ):
            found += 1
            result.failures.append(
                Failure(
                    NAME,
                    "answers",
                    f"{username}:{case_id}",
                    f"answer about {case_id} carries raw {value.type} {mask(value.value)} of case {value.case_id}",
                    question=question,
                )
            )
    return found


def run(ctx: RunContext) -> SuiteResult:
    subject = ctx.subject
    result = SuiteResult(NAME, datasets=[f"{subject.corpus.directory.name}/pii@1"])
    ctx.progress("privacy: redaction against gold spans", 0.0)
    result.metrics.update(_redaction(subject, result))
    if not ctx.answers:
        from evals.suites import accuracy

        accuracy.run(ctx)
    values = pii_values(subject)
    ctx.progress("privacy: scanning answers, prompts, logs, audit and stores", 0.6)
    prompts = subject.prompts.requests if subject.prompts else []
    counts = {
        "answers": _answer_leaks(ctx, values, result),
        "prompts": _scan("prompts", ((f"request {i}", r) for i, r in enumerate(prompts)), values, result),
        "logs": _scan("logs", ((f"log line {i}", line) for i, line in enumerate(subject.logs.lines)), values, result),
        "audit": _scan(
            "audit", ((f"audit row {i}", row) for i, row in enumerate(subject.audit_rows())), values, result
        ),
        "stores": _scan("stores", _store_texts(subject), values, result),
    }
    for where, found in counts.items():
        result.metrics[f"raw_pii_in_{where}"] = float(found)
    result.counts = {
        "pii_values": len(values),
        "answers_scanned": len(ctx.answers),
        "prompts_scanned": len(prompts),
        "log_lines_scanned": len(subject.logs.lines),
    }
    if subject.prompts is None:
        result.notes.append("extractive backend: no prompt leaves the process; prompts are scanned on --backend ollama")
    return result


def _redaction(subject: Subject, result: SuiteResult) -> dict[str, float]:
    """redaction/evaluation.py on the run's corpus, with the same redactor the import used."""
    from redaction.evaluation import evaluate
    from redaction.redactor import build_case_redactor

    report = evaluate(build_case_redactor(subject.settings.redaction.ner_model_path), subject.corpus.directory)
    summary = report.summary()
    data: dict[str, Any] = report.as_dict()
    result.groups = {
        f"redaction_recall_{origin}": {"recall": float(v["rate"] or 0.0), "spans": float(v["total"])}
        for origin, v in data["recall_by_origin"].items()
    }
    for example in data["missed_examples"][:20]:
        result.failures.append(
            Failure(NAME, "redaction_missed", str(example).split(" ")[0], "gold span not redacted (value masked)")
        )
    return {f"redaction_{k}": float(v) for k, v in summary.items() if v is not None}
