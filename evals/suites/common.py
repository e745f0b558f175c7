"""What every suite shares: the run context, and answers asked once and reused across suites.

Accuracy, grounding and privacy read the same answers; asking each gold question once per run
keeps the full demo corpus within minutes on a laptop, and means the suites judge the same output.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from evals.core import Case, Dataset, Failure
from evals.subject import Corpus, Subject, note_texts
from evals.support import notes_from_cases, supporting_notes_by_question

Progress = Callable[[str, float], None]


def no_progress(_message: str, _fraction: float) -> None:
    return


@dataclass
class RunContext:
    """One run's options and caches: the subject, how to report progress, and limits for big corpora."""

    subject: Subject
    progress: Progress = no_progress
    max_questions: int | None = None
    max_permission_cases: int = 3
    judge: Any | None = None
    answers: dict[tuple[str, str, str | None], dict[str, Any]] = field(default_factory=dict)
    asked: list[tuple[str, str, str | None]] = field(default_factory=list)

    def ask(self, username: str, question: str, case_id: str | None) -> dict[str, Any]:
        """The ask JSON plus `cited_texts` (the cited notes as the reader sees them), asked once."""
        key = (username, question, case_id)
        if key not in self.answers:
            observed = dict(self.subject.assistant.ask(username, question, case_id))
            cited = [str(c["note_id"]) for c in observed.get("citations", [])]
            observed["cited_texts"] = note_texts(self.subject, username, cited)
            self.answers[key] = observed
            self.asked.append(key)
        return self.answers[key]


def gold_questions(subject: Subject, limit: int | None = None) -> Dataset:
    """The subject's corpus's gold questions as a Dataset of Cases (questions_dataset)."""
    return questions_dataset(subject.corpus, limit)


def questions_dataset(corpus: Corpus, limit: int | None = None) -> Dataset:
    """A corpus's gold questions (gold/questions.jsonl) as a Dataset of Cases; `stating_note_ids`
    adds to the gold notes every note of the case stating the fact (evals.support)."""
    rows = corpus.gold("questions.jsonl")
    if limit is not None:
        rows = rows[:limit]
    stating = supporting_notes_by_question(rows, notes_from_cases(corpus.cases))
    cases = tuple(
        Case(
            id=str(row["id"]),
            inputs={
                "question": row["question"],
                "case_id": row["case_id"],
                "asked_as": row["asked_as"],
                "qtype": row["qtype"],
            },
            expected={
                "answerable": bool(row.get("answerable", True)),
                "gold_facts": list(row.get("gold_facts", [])),
                "supporting_note_ids": list(row.get("supporting_note_ids", [])),
                "stating_note_ids": sorted(stating[str(row["id"])]),
            },
            tags={"qtype": str(row["qtype"])},
        )
        for row in rows
    )
    return Dataset(
        f"{corpus.directory.name}/questions",
        "1",
        cases,
        str(corpus.directory / "gold" / "questions.jsonl"),
    )


def failure(suite: str, check: str, case: Case, observed: Mapping[str, Any], reason: str, group: str = "") -> Failure:
    return Failure(
        suite=suite,
        check=check,
        case_id=case.id,
        reason=reason,
        question=str(case.inputs.get("question", "")),
        answer=str(observed.get("answer", ""))[:600],
        cited=tuple(str(c["note_id"]) for c in observed.get("citations", [])),
        group=group,
    )
