"""Bias: counterfactual twin corpora (identical facts; only the family's names and name origin
changed, or poverty markers added) each imported and asked the same gold questions.

Measured: answer flip rate against a noise floor (the reference asked twice), per-group accuracy,
worst-group gap and parity, an exact McNemar test on paired outcomes, retrieval parity (the same
notes cited for twins), redaction recall per name-origin group, protected characteristics an
answer introduces that the question did not ask about, stigmatising-language rate per group, and
"parenting while poor": poverty markers alone must not raise concern language.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from evals.core import Case, Failure, SuiteResult, mean
from evals.evaluators import GoldFactsPresent, contains_term, lexicons
from evals.subject import Corpus, Subject
from evals.suites.common import Progress, RunContext, gold_questions, no_progress

NAME = "bias"
CONFIG = Path(__file__).resolve().parent.parent / "datasets" / "bias.v1.yaml"
REFERENCE = "reference"
POVERTY = "poverty_markers"
Spawn = Callable[[Corpus], AbstractContextManager[Subject]]


@dataclass
class Observation:
    passed: bool
    cited: frozenset[str]
    protected: list[str]
    stigmatising: bool
    concern: bool
    answer: str


@dataclass
class Group:
    name: str
    directory: Path
    observations: dict[str, Observation] = field(default_factory=dict)
    questions: dict[str, Case] = field(default_factory=dict)
    redaction_recall: float | None = None


def config(path: Path = CONFIG) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def write_twins(out: Path, settings: dict[str, Any]) -> dict[str, Path]:
    """The reference corpus, one twin per origin, and a poverty-marker twin, as corpus directories."""
    from records.synthetic.counterfactual import with_names_from
    from records.synthetic.generator import generate, write_corpus
    from records.synthetic.names import Family, vocabulary

    family = Family(settings.get("family", "standard"))
    base = generate(int(settings["cases"]), int(settings["seed"]), family)
    directories = {REFERENCE: out / REFERENCE}
    write_corpus(base, directories[REFERENCE])
    for origin in settings.get("origins", []):
        directories[origin] = out / origin
        write_corpus(with_names_from(base, origin, vocabulary(family), int(settings["seed"])), directories[origin])
    if settings.get("poverty_twin", True):
        directories[POVERTY] = out / POVERTY
        write_corpus(with_poverty_markers(base), directories[POVERTY])
    return directories


def with_poverty_markers(corpus: Any) -> Any:
    """The same corpus with a poverty marker appended to every visit note (offsets of gold spans kept)."""
    from records.synthetic.generator import Corpus as SyntheticCorpus

    markers = list(lexicons()["poverty_markers"])
    cases = []
    count = 0
    for record in corpus.cases:
        notes = []
        for note in record["notes"]:
            if "visit" in str(note.get("type", "")).lower():
                note = {**note, "text": f"{note['text']} {markers[count % len(markers)]}"}
                count += 1
            notes.append(note)
        cases.append({**record, "notes": notes})
    return SyntheticCorpus(corpus.users, cases, corpus.gold)


def observe(case: Case, observed: dict[str, Any]) -> Observation:
    answer = str(observed.get("answer", ""))
    question = str(case.inputs["question"])
    lex = lexicons()
    protected = [
        category
        for category, terms in lex["protected"].items()
        if any(contains_term(answer, t) for t in terms) and not any(contains_term(question, t) for t in terms)
    ]
    verdict = GoldFactsPresent().evaluate(case, observed)
    passed = verdict.passed if verdict is not None else bool(observed.get("answer"))
    return Observation(
        passed=passed,
        cited=frozenset(str(c["note_id"]) for c in observed.get("citations", [])),
        protected=protected,
        stigmatising=any(contains_term(answer, t) for t in lex["stigmatising"]),
        concern=any(contains_term(answer, t) for t in lex["concern"]),
        answer=answer[:400],
    )


def mcnemar_p(reference: list[bool], other: list[bool]) -> float:
    """Exact McNemar test on paired outcomes: the binomial test on the discordant pairs."""
    from scipy.stats import binomtest

    b = sum(1 for r, o in zip(reference, other, strict=True) if r and not o)
    c = sum(1 for r, o in zip(reference, other, strict=True) if o and not r)
    return float(binomtest(min(b, c), b + c, 0.5).pvalue) if b + c else 1.0


def _ask_all(
    subject: Subject, group: Group, limit: int | None, progress: Callable[[str], None]
) -> Iterator[tuple[str, Observation]]:
    local = RunContext(subject)
    for case in gold_questions(subject, limit).cases:
        progress(case.id)
        group.questions[case.id] = case
        observed = local.ask(str(case.inputs["asked_as"]), str(case.inputs["question"]), str(case.inputs["case_id"]))
        yield case.id, observe(case, observed)


def _redaction_recall(subject: Subject) -> float | None:
    from redaction.evaluation import evaluate
    from redaction.redactor import build_case_redactor

    summary = evaluate(
        build_case_redactor(subject.settings.redaction.ner_model_path), subject.corpus.directory
    ).summary()
    value = summary.get("person_on_record_recall")
    return None if value is None else float(value)


def run(
    spawn: Spawn,
    settings: dict[str, Any] | None = None,
    progress: Progress = no_progress,
    max_questions: int | None = None,
) -> SuiteResult:
    """Each twin corpus is imported into its own home by `spawn` (the same builder as every suite)."""
    settings = settings or config()
    result = SuiteResult(NAME, datasets=[f"bias@{settings.get('version', '1')}", "lexicons@1"])
    with tempfile.TemporaryDirectory(prefix="caseassist-bias-") as tmp:
        directories = write_twins(Path(tmp), settings)
        groups: dict[str, Group] = {}
        noise: dict[str, Observation] = {}
        for index, (name, directory) in enumerate(directories.items()):
            group = groups[name] = Group(name, directory)
            with spawn(Corpus.load(directory)) as subject:

                def tick(qid: str, name: str = name, index: int = index) -> None:
                    progress(f"bias: {name} {qid}", index / len(directories))

                group.observations = dict(_ask_all(subject, group, max_questions, tick))
                if name == REFERENCE:
                    for _ in range(int(settings.get("reruns", 1))):
                        noise.update(_ask_all(subject, Group(name, directory), max_questions, tick))
                if name not in (POVERTY,):
                    group.redaction_recall = _redaction_recall(subject)
        _measure(groups, noise, result)
    return result


def _flipped(a: Observation, b: Observation) -> bool:
    return a.passed != b.passed or a.cited != b.cited


def _measure(groups: dict[str, Group], noise: dict[str, Observation], result: SuiteResult) -> None:
    reference = groups[REFERENCE]
    ids = sorted(reference.observations)
    noise_floor = (
        mean(float(_flipped(reference.observations[q], noise[q])) for q in ids if q in noise) if noise else 0.0
    )
    flips: list[float] = []
    p_values: list[float] = []
    parity: list[float] = []
    for name, group in groups.items():
        shared = [q for q in ids if q in group.observations]
        obs = [group.observations[q] for q in shared]
        figures = {
            "accuracy": mean(float(o.passed) for o in obs),
            "protected_introduced_rate": mean(float(bool(o.protected)) for o in obs),
            "stigmatising_rate": mean(float(o.stigmatising) for o in obs),
            "concern_rate": mean(float(o.concern) for o in obs),
        }
        if group.redaction_recall is not None:
            figures["redaction_recall"] = group.redaction_recall
        if name != REFERENCE:
            ref = [reference.observations[q] for q in shared]
            figures["flip_rate"] = mean(float(_flipped(r, o)) for r, o in zip(ref, obs, strict=True))
            figures["retrieval_parity"] = mean(float(r.cited == o.cited) for r, o in zip(ref, obs, strict=True))
            figures["mcnemar_p"] = mcnemar_p([r.passed for r in ref], [o.passed for o in obs])
            flips.append(figures["flip_rate"])
            p_values.append(figures["mcnemar_p"])
            parity.append(figures["retrieval_parity"])
            for q, r, o in zip(shared, ref, obs, strict=True):
                if _flipped(r, o):
                    case = group.questions[q]
                    result.failures.append(
                        Failure(
                            NAME,
                            "flip",
                            q,
                            f"{name} twin: passed {r.passed}->{o.passed}, cited {sorted(r.cited)}->{sorted(o.cited)}",
                            str(case.inputs["question"]),
                            o.answer,
                            tuple(sorted(o.cited)),
                            name,
                        )
                    )
        for q, o in zip(shared, obs, strict=True):
            if o.protected:
                result.failures.append(
                    Failure(
                        NAME,
                        "protected_introduced",
                        q,
                        f"answer introduces {o.protected} unasked",
                        str(group.questions[q].inputs["question"]),
                        o.answer,
                        tuple(sorted(o.cited)),
                        name,
                    )
                )
        result.groups[name] = figures
    name_groups = {n: g for n, g in result.groups.items() if n != POVERTY}
    accuracies = [g["accuracy"] for g in name_groups.values()]
    recalls = [g["redaction_recall"] for g in name_groups.values() if "redaction_recall" in g]
    result.metrics = {
        "noise_floor": noise_floor,
        "max_flip_rate": max(flips, default=0.0),
        "flip_excess": max(0.0, max(flips, default=0.0) - noise_floor),
        "worst_group_gap": max(accuracies) - min(accuracies) if accuracies else 0.0,
        "accuracy_parity": _ratio(accuracies),
        "min_mcnemar_p": min(p_values, default=1.0),
        "min_retrieval_parity": min(parity, default=1.0),
        "redaction_recall_parity": _ratio(recalls),
        "max_protected_introduced_rate": max(
            (g["protected_introduced_rate"] for g in result.groups.values()), default=0.0
        ),
        "stigmatising_gap": _gap(result.groups, "stigmatising_rate"),
    }
    if POVERTY in result.groups:
        result.metrics["poverty_concern_delta"] = (
            result.groups[POVERTY]["concern_rate"] - result.groups[REFERENCE]["concern_rate"]
        )
    result.counts = {"groups": len(groups), "questions_per_group": len(ids)}


def _ratio(values: list[float]) -> float:
    """Worst over best group (1.0 is parity; 1.0 when nothing was measured)."""
    top = max(values, default=0.0)
    return min(values) / top if top > 0 else 1.0


def _gap(groups: dict[str, dict[str, float]], metric: str) -> float:
    values = [g[metric] for g in groups.values() if metric in g]
    return max(values) - min(values) if values else 0.0
