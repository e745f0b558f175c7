"""Train the shipped chronology event classifier (`make train-events`), from a recorded config and seed.

Run as `python -m assistant.chronology.training [--out DIR] [--raw] [--corpora data/demo ...]`.

Sentence labels come from the gold events of the development corpora by one deterministic rule
(`label_sentences`): in each note a gold event cites, the sentence most like the event's
description (word overlap) scores, plus a bonus when it states the event's date; the best one is
labelled with the event's type. Every other sentence of every note is "none". The text is the
pseudonymised text the product reads (the real redactor runs first) unless `--raw`.

Before the final fit, leave-one-corpus-out cross-validation (and generator corpora -> hand-written
ones) measures rules alone against rules + classifier through the chronology scoring, for a grid
of thresholds; the shipped threshold is the one with the best mean F1 over the held-out folds,
never a figure on one corpus. meta.json records config, seed, corpora, commit and every figure.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from access.scope import Scope
from assistant.chronology.classifier import MODEL_DIR, NONE, EventClassifier, Featuriser, load, tokens
from assistant.chronology.dates import mentions
from assistant.chronology.measure import CaseRedactor, ChronologyScore, GoldEvent, note_records, score
from assistant.chronology.merge import merge
from assistant.chronology.model import Entry
from assistant.chronology.rules import RULES_BY_TYPE
from assistant.chronology.selection import select_all, sentences
from records.loader import load_cases, load_users
from retrieval.types import NoteRecord

SEED = 20261121
DEVELOPMENT_CORPORA = (
    "data/demo",
    "data/heldout",
    "data/independent",
    "data/independent2",
    "data/independent3",
    "data/independent4",
    "data/independent5",
    "data/independent6",
    "data/independent7",
    "data/independent8",
    "data/independent9",
    "data/independent10",
    "data/independent11",
    "data/independent12",
    "data/independent13",
    "data/independent14",
)
SEALED_CORPORA: tuple[str, ...] = ("independent15",)
"""Held-out corpora being written or not yet measured: never trained on (independent3 to independent14
were opened after their blind measurements and are development corpora now)."""
GENERATED = ("data/demo", "data/heldout")
CONFIG: dict[str, object] = {
    "features": "sublinear tf-idf, word unigrams+bigrams, numbers as digit counts, placeholders as their kind, note type",
    "min_df": 2,
    "max_features": 30000,
    "model": "multinomial logistic regression (lbfgs)",
    "C": 10.0,
    "class_weight": "balanced",
    "max_iter": 2000,
    "label_rule": "per gold note: argmax over sentences of word-overlap(description) + 0.5 if the sentence states the gold date",
    "date_bonus": 0.5,
    "thresholds": [0.5, 0.6, 0.7, 0.8, 0.9, 0.95],
}
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the of to in on at and or for with by from was were is are be been has had have her his their "
        "she he they it this that as into after",
    )
)


@dataclass(frozen=True)
class Labelled:
    sentence: str
    note_type: str
    label: str


@dataclass(frozen=True)
class CaseData:
    notes: list[NoteRecord]
    gold: list[GoldEvent]


def load_corpus(directory: Path, redacted: bool) -> list[CaseData]:
    """Each case's notes as the allocated worker reads them (pseudonymised unless raw) and its gold."""
    loaded = load_cases(directory / "cases.jsonl")
    redactor: CaseRedactor | None = None
    staff = []
    if redacted:
        from redaction import build_case_redactor

        redactor = build_case_redactor()
        staff = list(load_users(directory / "users.json"))
    gold: dict[str, list[GoldEvent]] = defaultdict(list)
    for line in (directory / "gold" / "events.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            event = GoldEvent.from_json(json.loads(line))
            gold[event.case_id].append(event)
    cases = []
    for case in loaded.cases:
        view = redactor.redact_case(case, staff) if redactor else None
        notes = note_records(case, Scope(full_cases=frozenset({case.case_id})), view)
        cases.append(CaseData(notes, gold[case.case_id]))
    return cases


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def label_sentences(case: CaseData, date_bonus: float = float(str(CONFIG["date_bonus"]))) -> list[Labelled]:
    """Every sentence of the case's notes, labelled by the rule in the module docstring. An event
    of a kind the selector has no rule for (e.g. 'health') takes its sentence out of training
    rather than teaching it is "none"."""
    by_id = {note.note_id: note for note in case.notes}
    labels: dict[tuple[str, int], str] = {}
    for event in case.gold:
        described = _words(event.description)
        for note_id in event.note_ids:
            note = by_id.get(note_id)
            if note is None:
                continue
            parts = sentences(note.text)
            scores = [
                len(described & (w := _words(s))) / max(1.0, (len(described) * len(w)) ** 0.5)
                + (date_bonus if any(m.date == event.date for m in mentions(s, note.date)) else 0.0)
                for s in parts
            ]
            if not scores or max(scores) <= 0:
                continue
            labels.setdefault((note_id, int(np.argmax(scores))), event.event_type)
    result = []
    for note in case.notes:
        for index, sentence in enumerate(sentences(note.text)):
            label = labels.get((note.note_id, index), NONE)
            if label == NONE or label in RULES_BY_TYPE:
                result.append(Labelled(sentence, note.note_type, label))
    return result


def sparse_features(featuriser: Featuriser, documents: Sequence[list[str]]) -> sparse.csr_matrix:
    """`Featuriser.transform`'s rows as a sparse matrix: the same values, but sixteen corpora's
    sentences (about 16,000 rows by 30,000 terms) take megabytes instead of 4 GB, and the solver's
    products cost what the few terms of each sentence cost. Run time keeps the dense transform of
    one note's sentences."""
    rows, columns, values = [], [], []
    for row, document in enumerate(documents):
        weights = featuriser.term_weights(document)
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for column, weight in weights.items():
            rows.append(row)
            columns.append(column)
            values.append(weight / norm)
    shape = (len(documents), len(featuriser.vocabulary))
    return sparse.csr_matrix((values, (rows, columns)), shape=shape, dtype=np.float64)


def fit(examples: Sequence[Labelled], threshold: float = 0.5) -> EventClassifier:
    """The recorded recipe: same examples and config give the same weights."""
    documents = [tokens(e.sentence, e.note_type) for e in examples]
    featuriser = Featuriser.fit(documents, int(str(CONFIG["min_df"])), int(str(CONFIG["max_features"])))
    model = LogisticRegression(
        C=float(str(CONFIG["C"])),
        class_weight="balanced",
        max_iter=int(str(CONFIG["max_iter"])),
        random_state=SEED,
    )
    model.fit(sparse_features(featuriser, documents), [e.label for e in examples])
    classes = tuple(str(c) for c in model.classes_)
    return EventClassifier(
        featuriser, classes, model.coef_.astype(np.float64), model.intercept_.astype(np.float64), threshold
    )


def chronology_score(cases: Sequence[CaseData], classifier: EventClassifier | None) -> ChronologyScore:
    """Recall and precision as assistant.chronology.measure scores them (dates and cited notes)."""
    result = ChronologyScore()
    for case in cases:
        groups = merge(select_all(case.notes, classifier=classifier or False))
        entries = [Entry(g.date, g.event_type, "", g.note_ids, g.source) for g in groups]
        visible = {n.note_id for n in case.notes}
        gold = [event for event in case.gold if set(event.note_ids) <= visible]
        score(case.notes[0].case_id if case.notes else "", entries, gold, visible, result)
    return result


def cross_validate(
    corpora: dict[str, list[CaseData]], log: Callable[[str], None]
) -> tuple[float, list[dict[str, object]]]:
    """Leave-one-corpus-out folds plus generated -> each hand-written corpus; every fold scores
    rules alone and rules + classifier at each threshold. Returns the threshold with the best mean
    F1 over the leave-one-out folds, and every figure."""
    labelled = {name: [x for case in cases for x in label_sentences(case)] for name, cases in corpora.items()}
    folds = [(tuple(n for n in corpora if n != held), held, "leave-one-corpus-out") for held in corpora]
    generated = tuple(n for n in corpora if n in GENERATED)
    folds += [(generated, held, "generated-only") for held in corpora if held not in GENERATED and generated]
    figures: list[dict[str, object]] = []
    for train_on, held, kind in folds:
        model = fit([x for name in train_on for x in labelled[name]])
        rules = chronology_score(corpora[held], None)
        row: dict[str, object] = {"fold": kind, "train": list(train_on), "test": held, "rules": _pair(rules)}
        for threshold in CONFIG["thresholds"]:  # type: ignore[attr-defined]
            combined = chronology_score(corpora[held], _at(model, float(threshold)))
            row[f"combined@{threshold}"] = _pair(combined)
        figures.append(row)
        log(json.dumps(row))
    loo = [row for row in figures if row["fold"] == "leave-one-corpus-out"]
    best = max(
        CONFIG["thresholds"],  # type: ignore[call-overload]
        key=lambda t: (np.mean([_f1_of(row[f"combined@{t}"]) for row in loo]), t),
    )
    return float(best), figures


def _at(model: EventClassifier, threshold: float) -> EventClassifier:
    return EventClassifier(model.featuriser, model.classes, model.coef, model.intercept, threshold)


def _pair(result: ChronologyScore) -> dict[str, float]:
    return {"recall": round(result.recall, 4), "precision": round(result.precision, 4), "gold": result.gold}


def _f1_of(pair: object) -> float:
    recall, precision = pair["recall"], pair["precision"]  # type: ignore[index]
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def label_noise_sample(cases: Sequence[CaseData], size: int, seed: int = SEED) -> list[str]:
    """A fixed random sample of labelled sentences with their gold description, to read by eye."""
    rng = np.random.default_rng(seed)
    rows = []
    for case in cases:
        by_id = {n.note_id: n for n in case.notes}
        for event in case.gold:
            for note_id in event.note_ids:
                if note_id in by_id:
                    rows.append((event, by_id[note_id]))
    picked: list[int] = rng.choice(len(rows), size=min(size, len(rows)), replace=False).tolist() if rows else []
    out = []
    for i in sorted(picked):
        event, note = rows[i]
        single = CaseData(
            [note], [GoldEvent(event.case_id, event.date, event.event_type, (note.note_id,), event.description)]
        )
        chosen = [x.sentence for x in label_sentences(single) if x.label != NONE]
        out.append(f"{event.event_type} {event.date} | {event.description} || {chosen[0] if chosen else '-'}")
    return out


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.chronology.training", description=__doc__)
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="artefact directory (default: the shipped one)")
    parser.add_argument("--corpora", nargs="+", default=list(DEVELOPMENT_CORPORA))
    parser.add_argument("--raw", action="store_true", help="train on raw text instead of the pseudonymised text")
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation (threshold 0.8 unless --threshold)")
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="ship at this threshold instead of the one cross-validation picks (session 15 kept 0.95: see meta.json)",
    )
    parser.add_argument(
        "--report", action="store_true", help="only score rules alone vs rules + the model in --out on each corpus"
    )
    parser.add_argument("--sample", type=int, default=0, help="print this many labelled sentences to judge label noise")
    args = parser.parse_args(argv)
    sealed = [c for c in args.corpora if any(name in c for name in SEALED_CORPORA)]
    if sealed:
        print(f"{sealed[0]} is a sealed held-out corpus: never train on it", file=sys.stderr)
        return 2
    started = time.perf_counter()
    corpora = {name: load_corpus(Path(name), redacted=not args.raw) for name in args.corpora}
    if args.report:
        model = load(args.out)
        for name, cases in corpora.items():
            rules, combined = chronology_score(cases, None), chronology_score(cases, model)
            print(json.dumps({"corpus": name, "rules": _pair(rules), "combined": _pair(combined)}))
        return 0
    if args.sample:
        print(*label_noise_sample([c for cases in corpora.values() for c in cases], args.sample), sep="\n")
    threshold, figures = (0.8, []) if args.no_cv else cross_validate(corpora, lambda line: print(line, flush=True))
    if args.threshold is not None:
        threshold = args.threshold
    examples = [x for cases in corpora.values() for case in cases for x in label_sentences(case)]
    model = _at(fit(examples), threshold)
    counts = Counter(x.label for x in examples)
    meta = {
        "seed": SEED,
        "config": CONFIG,
        "corpora": list(args.corpora),
        "text": "raw" if args.raw else "pseudonymised (redaction.build_case_redactor)",
        "commit": _commit(),
        "examples": dict(sorted(counts.items())),
        "threshold_rule": "best mean F1 of rules+classifier over the leave-one-corpus-out folds"
        if args.threshold is None
        else f"{args.threshold}, given on the command line",
        "cross_validation": figures,
    }
    model.save(args.out, meta)
    print(f"wrote {args.out} (threshold {threshold}, {len(examples)} sentences, {time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
