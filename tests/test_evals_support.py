"""Supporting notes (evals.support): the gold notes plus every standard note of the case stating the
fact, and the two "supporting note cited" figures built on them in the bench, the accuracy suite,
the gate and a comparison with a baseline that predates the second figure.

Tiny hand-written rows: each row names what the rule must (or must not) count and why."""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from evals.compare import SHIPPED_BASELINE, against_baseline, compare, render
from evals.core import Case
from evals.evaluators import STATING_NOTE_CITED, SupportingNoteCited
from evals.gates import check, load_gates
from evals.support import CaseNote, fact_extends, notes_from_rows, supporting_notes

REPO = Path(__file__).resolve().parent.parent

NOTES = [
    CaseNote("K1-N1", "K1", "Phone call\nSpoke to the school. Mrs Okafor is the DSL at Oakfield Primary."),
    CaseNote("K1-N2", "K1", "Core group\nPresent: SW, Mrs Okafor (DSL, Oakfield Primary), HV."),
    CaseNote("K1-N3", "K1", "Home visit\nMum said Mrs Okafor rang her. Nothing about school."),
    CaseNote("K1-N4", "K1", "Adoption note\nThe DSL, Mrs Okafor, was told of the adoption plan.", restricted=True),
    CaseNote("K2-N1", "K2", "Strategy\nThe DSL Mrs Okafor shared the school's concerns."),
    CaseNote("K1-N5", "K1", "Conference\nCP plan, category neglect. Risk level high; the ICPC met 3/4/24."),
    CaseNote("K1-N6", "K1", "Review\nRisk level high at the review; category neglect again."),
    CaseNote("K1-N7", "K1", "School\nHe started at Oakfield High. Risk judged medium-high by police."),
    CaseNote("K1-N8", "K1", "Visit\nThe DSL Mrs Okafors rang (typo in surname)."),
    CaseNote("K1-N9", "K1", "School move\nAmir started at Hill Top school after leaving Oakfield Primary."),
    CaseNote("K1-N10", "K1", "CLA review\nReview for Amir chaired by IRO Dr Okonjo."),
    CaseNote("K1-N11", "K1", 'Visit 4/4\nSeen alone, Amir said "I miss my brother".'),
    CaseNote("K1-N12", "K1", 'Visit 9/5\nSeen alone, Amir said "I miss my brother" again.'),
]


def question(facts: list[str], gold: list[str], text: str = "who is the DSL", **extra: Any) -> dict[str, Any]:
    return {"id": "Q", "case_id": "K1", "question": text, "answerable": True, "gold_facts": facts,
            "supporting_note_ids": gold, **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("row", "expected", "why"),
    [
        (
            question(["Okafor"], ["K1-N1"]),
            {"K1-N1", "K1-N2"},
            "a fact in two notes: the other note stating it about the DSL counts",
        ),
        (question(["Okafor", "Oakfield Primary"], ["K1-N1"]), {"K1-N1", "K1-N2"}, "every fact must be in the note"),
        (
            question(["Okafor"], ["K1-N1"], text="who rang mum"),
            {"K1-N1", "K1-N3"},
            "a note is counted for the sentence about the question, not for the name alone",
        ),
        (
            question(["high"], ["K1-N5"], text="what risk level"),
            {"K1-N5"},
            "a single word under 5 letters is too short to extend",
        ),
        (question(["CP"], ["K1-N5"], text="what plan"), {"K1-N5"}, "an abbreviation does not extend"),
        (
            question(["neglect"], ["K1-N5"], text="what category"),
            {"K1-N5", "K1-N6"},
            "a 5+ letter word in a sentence about the question extends",
        ),
        (question(["2024-04-03"], ["K1-N5"], text="when was the ICPC"), {"K1-N5"}, "a date fact does not extend"),
        (question(["yes"], ["K1-N5"], text="is there a DSL", qtype="yes_no"), {"K1-N5"}, "yes/no does not extend"),
        (question(["3"], ["K1-N5"], text="how many ICPC"), {"K1-N5"}, "a bare number does not extend"),
        (question(["Okafor", "2024-04-03"], ["K1-N1"]), {"K1-N1"}, "any non-extending fact keeps the gold only"),
        (
            question(["Okafor"], ["K1-N1"], text="who was told of the adoption plan"),
            {"K1-N1"},
            "a restricted note stating the fact is never a supporting note",
        ),
        (question(["Okafor"], []) | {"answerable": False}, set(), "an unanswerable question has no support"),
        (
            question(["Oakfield Primary"], ["K1-N1"], text="which school DSL"),
            {"K1-N1", "K1-N2"},
            "case-insensitive phrase, whole words",
        ),
        (question(["Okafo"], ["K1-N1"]), {"K1-N1"}, "part of a word is not the word"),
        (
            question(["Oakfield Primary"], ["K1-N1"], text="which school does Amir attend"),
            {"K1-N1"},
            "a sentence saying the child left the school does not state that he attends it",
        ),
        (
            question(["Dr Okonjo"], ["K1-N2"], text="who is Amir's GP"),
            {"K1-N2"},
            "the child's name is not the topic: the IRO's sentence naming Amir does not say who the GP is",
        ),
        (
            question(["I miss my brother"], ["K1-N11"], text="what did Amir say when seen alone on 4 April"),
            {"K1-N11"},
            "a question naming a day asks about that day's note only",
        ),
        (
            question(["I miss my brother"], ["K1-N11"], text="what did Amir say when seen alone"),
            {"K1-N11", "K1-N12"},
            "without a day, the same words seen alone in another note state it",
        ),
    ],
)
def test_supporting_notes(row: dict[str, Any], expected: set[str], why: str) -> None:
    assert supporting_notes(row, NOTES) == expected, why


def test_another_cases_note_never_supports() -> None:
    support = supporting_notes(question(["Okafor"], ["K1-N1"], text="who is the DSL, school concerns"), NOTES)
    assert "K2-N1" not in support and {"K1-N1", "K1-N2"} <= support


def test_a_hyphenated_word_does_not_state_its_part() -> None:
    # "medium-high" and "Oakfield High" hold "high"; a 5+ letter stand-in shows the hyphen rule alone.
    notes = [CaseNote("N1", "K1", "Risk level: severe."), CaseNote("N2", "K1", "Risk level judged medium-severe.")]
    row = question(["severe"], ["N1"], text="what risk level")
    assert supporting_notes(row, notes) == {"N1"}


@pytest.mark.parametrize(
    ("fact", "extends"),
    [("neglect", True), ("Dr Shah", True), ("referral order", True), ("non-molestation", True),
     ("high", False), ("CP", False), ("3", False), ("2/3", False), ("2024-04-03", False), ("No", False),
     ("Yes", False)],
)  # fmt: skip
def test_which_facts_extend(fact: str, extends: bool) -> None:
    assert fact_extends(fact) is extends


def test_raw_rows_read_title_text_and_restriction() -> None:
    rows = [{"case_id": "K1", "notes": [
        {"note_id": "N1", "title": "Oakfield Primary visit", "text": "seen", "sensitivity": "standard"},
        {"note_id": "N2", "text": "Oakfield Primary", "sensitivity": "restricted"},
    ]}]  # fmt: skip
    notes = notes_from_rows(rows)
    assert [(n.note_id, n.restricted) for n in notes] == [("N1", False), ("N2", True)]
    assert "Oakfield Primary" in notes[0].text


@pytest.mark.parametrize(
    ("cited", "strict", "extended"),
    [(("N2",), False, True), (("N1",), True, True), (("N9",), False, False), ((), False, False)],
)
def test_two_figures_from_one_observation(cited: tuple[str, ...], strict: bool, extended: bool) -> None:
    case = Case("Q", {"question": "q"}, {"answerable": True, "supporting_note_ids": ["N1"],
                                         "stating_note_ids": ["N1", "N2"]})  # fmt: skip
    observed = {"answer": "a", "citations": [{"n": i + 1, "note_id": n} for i, n in enumerate(cited)]}
    strict_verdict, extended_verdict = (
        SupportingNoteCited().evaluate(case, observed),
        STATING_NOTE_CITED.evaluate(case, observed),
    )
    assert strict_verdict is not None and strict_verdict.passed is strict
    assert extended_verdict is not None and extended_verdict.passed is extended
    assert extended_verdict.name == "supporting_note_cited_any"


def test_a_case_without_stating_notes_falls_back_to_gold() -> None:
    case = Case("Q", {"question": "q"}, {"answerable": True, "supporting_note_ids": ["N1"]})
    verdict = STATING_NOTE_CITED.evaluate(case, {"citations": [{"n": 1, "note_id": "N2"}]})
    assert verdict is not None and not verdict.passed and "N1" in verdict.reason


def test_the_dataset_loader_adds_stating_notes_from_the_corpus() -> None:
    from evals.subject import Corpus
    from evals.suites.common import questions_dataset

    corpus = Corpus.load(REPO / "data" / "independent", {"IND-0001"})
    cases = {c.id: c for c in questions_dataset(corpus).cases}
    q03 = cases["IND-0001-Q03"].expected  # "neglect", gold N006; N011 records "CP plans CONTINUE, category neglect"
    assert q03["supporting_note_ids"] == ["IND-0001-N006"]
    assert "IND-0001-N011" in q03["stating_note_ids"] and "IND-0001-N006" in q03["stating_note_ids"]
    restricted = {n.note_id for c in corpus.cases for n in c.notes if n.sensitivity == "restricted"}
    assert all(not (set(c.expected["stating_note_ids"]) - set(c.expected["supporting_note_ids"])) & restricted
               for c in cases.values())  # fmt: skip


def test_the_gate_reads_the_extended_figure_and_reports_the_strict_one() -> None:
    gates = load_gates()
    assert "supporting_note_cited_any" in gates["suites"]["accuracy"]
    assert "supporting_note_cited" not in gates["suites"]["accuracy"]
    report = {"suites": {"accuracy": {"metrics": {"supporting_note_cited": 0.5, "supporting_note_cited_any": 0.96}}}}
    results = {r.metric: r.passed for r in check(report, gates)}
    assert results == {"supporting_note_cited_any": True}


def _older(report: dict[str, Any]) -> dict[str, Any]:
    """The report as a release before gates version 3 wrote it: without the extended figure."""
    accuracy = report["suites"]["accuracy"]
    accuracy["metrics"].pop("supporting_note_cited_any", None)
    accuracy.get("paired", {}).pop("supporting_note_cited_any", None)
    return report


def test_an_older_baseline_without_the_new_figure_compares_as_new() -> None:
    baseline = _older(json.loads(SHIPPED_BASELINE.read_text(encoding="utf-8")))
    run = copy.deepcopy(baseline)
    run["suites"]["accuracy"]["metrics"]["supporting_note_cited_any"] = 0.99
    run["suites"]["accuracy"]["paired"]["supporting_note_cited_any"] = [1, 0, 1]
    rows = {r["metric"]: r for r in compare(baseline, run) if r["suite"] == "accuracy"}
    assert rows["supporting_note_cited_any"]["a"] is None and rows["supporting_note_cited_any"]["delta"] is None
    assert rows["supporting_note_cited_any"]["test"].startswith("new")
    assert "supporting_note_cited_any" in render(list(rows.values()))
    gated = against_baseline(run, baseline, load_gates())
    assert not any(r["regression"] for r in gated)
    assert all(r.passed for r in check(run, load_gates(), baseline) if r.metric == "supporting_note_cited_any")


def test_the_html_report_labels_both_figures_and_marks_the_new_one() -> None:
    from evals.report import render_html

    baseline = _older(json.loads(SHIPPED_BASELINE.read_text(encoding="utf-8")))
    run = copy.deepcopy(baseline)
    run["suites"]["accuracy"]["metrics"]["supporting_note_cited_any"] = 0.99
    html = render_html(run, baseline)
    assert "supporting note cited (gold notes)" in html
    assert "supporting note cited (any note stating the fact)" in html
    assert ">new<" in html


def test_the_bench_grades_both_figures() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from bench_answer import GoldReport, grade

    from assistant.answering import Answer
    from assistant.citations import Citation

    def answer(*note_ids: str) -> Answer:
        citations = tuple(
            Citation(i + 1, n, "K1", dt.date(2024, 1, 1), "visit", "t", "q") for i, n in enumerate(note_ids)
        )
        return Answer("a", "q", "Mrs Okafor [1]", citations, False, None, "extractive", "m", "p", None)

    row = question(["Okafor"], ["K1-N1"], qtype="who")
    report = GoldReport(
        [grade(row, answer("K1-N2"), frozenset({"K1-N1", "K1-N2"})), grade(row, answer("K1-N9"), frozenset({"K1-N1"}))]
    )
    summary = report.summary()
    assert summary["supporting_note_cited"] == 0.0
    assert summary["supporting_note_cited_any"] == 0.5
    assert summary["cited_a_stating_note"] == ["Q"]
    assert report.grades[0].reason == "" and "wrong note" in report.grades[1].reason
