"""Privacy: the redaction suite, then a scan of everything the run produced for raw personal data.

Scanned for every raw PII value of the gold set (names, dates of birth, addresses, phone, NHS and
NI numbers, emails): the prompts that reached the language model, every log line, the audit rows,
and the vector and keyword index files on disk. Answers are shown re-identified to entitled
readers, so an answer fails only when it carries a value from a case other than the one it is about.
Reports show values masked ("K****a"), never in full: the report must not become the leak.
"""

from __future__ import annotations

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
    from redaction.lexicon import common_words

    words = common_words()
    staff = {part.lower() for user in subject.corpus.users for part in user.display_name.split()}
    staff |= {user.display_name.lower() for user in subject.corpus.users}
    values: dict[tuple[str, str], PiiValue] = {}
    for row in subject.corpus.gold("pii.jsonl"):
        for span in row.get("spans", []):
            text = str(span.get("text", "")).strip()
            if len(text) < MIN_VALUE_CHARS or text.lower() in staff:
                continue
            common = " " not in text and text.lower() in words
            values.setdefault(
                (row["case_id"], text.lower()), PiiValue(str(span["type"]), text, str(row["case_id"]), common)
            )
    return list(values.values())


def _scan(where: str, texts: Iterable[tuple[str, str]], values: Sequence[PiiValue], result: SuiteResult) -> int:
    """Failures for every value found in `texts` ((label, text) pairs); returns how many were found."""
    found = 0
    for label, text in texts:
        lowered = text.lower()
        for value in pii_found(text, [v for v in values if v.value.lower() in lowered]):
            found += 1
            if len([f for f in result.failures if f.check == where]) < 50:
                result.failures.append(
                    Failure(NAME, where, label, f"raw {value.type} {mask(value.value)} of case {value.case_id}")
                )
    return found


def _store_texts(subject: Subject) -> Iterable[tuple[str, str]]:
    for path in subject.store_files():
        yield str(path.relative_to(subject.home)), path.read_bytes().decode("utf-8", "ignore")


def _own_records(subject: Subject) -> dict[str, str]:
    """Each case's own raw record (fields, people's full names, notes): a value found there is the
    case's own, shown re-identified to an entitled reader, not a leak from another case."""
    return {
        case.case_id: " ".join(
            [
                case.model_dump_json(),
                f"{case.child.given_name} {case.child.family_name}",
                *(f"{p.given_name} {p.family_name}" for p in case.people),
                *(f"{n.title or ''} {n.text}" for n in case.notes),
            ]
        )
        for case in subject.corpus.cases
    }


def _masked(text: str, values: Sequence[PiiValue]) -> str:
    for value in values:
        text = value.pattern.sub(mask(value.value), text)
    return text


def _answer_leaks(ctx: RunContext, values: Sequence[PiiValue], result: SuiteResult) -> int:
    """Values of other cases in an answer about one case, unless the case's own record holds them
    too (the same GP or school appears in several families' records)."""
    own_records = _own_records(ctx.subject)
    found = 0
    for (username, question, case_id), observed in ctx.answers.items():
        if not case_id:
            continue
        own = own_records.get(case_id, "")
        quotes = " ".join(str(c.get("quote", "")) for c in observed.get("citations", []))
        text = f"{observed.get('answer', '')} {quotes}"
        lowered = text.lower()
        candidates = [
            v for v in values if v.case_id != case_id and v.value.lower() in lowered and not v.pattern.search(own)
        ]
        for value in pii_found(text, candidates):
            found += 1
            result.failures.append(
                Failure(
                    NAME,
                    "answers",
                    f"{username}:{case_id}",
                    f"answer about {case_id} carries raw {value.type} {mask(value.value)} of case {value.case_id}",
                    question=question,
                    answer=_masked(text, candidates)[:600],
                    cited=tuple(str(c.get("note_id")) for c in observed.get("citations", [])),
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
