"""Twin flips of the extractive answerer: the bias suite's counterfactual corpora, imported once and
kept, asked again under any quoted-sentence count, with every flipped pair explained.

    .venv/bin/python bench/bench_twins.py --homes /tmp/me/twins --variant three=max_sentences=3
    .venv/bin/python bench/bench_twins.py --homes /tmp/me/twins --variant four=max_sentences=4 --explain

The bias suite (`caseassist eval run bias`) imports every twin into a throwaway home, so one change
costs a full re-import of ~22 corpora. Here the twins are written and imported by the suite's own
code (`evals.suites.bias.write_twins`, `evals.subject.built_subject`) into `--homes`, reused on the
next run, and asked with the product's wiring; only `ExtractiveTuning` is varied (`--variant`).
Flips, noise floor and flip excess are the suite's own (`bias.observe`, `bias.flipped`,
`bias.measure`), so the figure printed is the one the release gate reads. `--explain` prints, for
each flipped pair, both twins' head candidates and the score parts that differ between them.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from tuned import fields  # noqa: E402

from assistant.models import extractive  # noqa: E402
from assistant.models.candidates import Candidate  # noqa: E402
from assistant.models.tuning import ExtractiveTuning  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from evals.subject import Corpus, build_assistant, built_subject, subject_settings  # noqa: E402
from evals.suites import bias  # noqa: E402
from evals.suites.common import RunContext, gold_questions  # noqa: E402

_SEEN: list[tuple[list[Candidate], list[Candidate]]] = []
"""What the answerer ranked and chose on its last `select` call (the spy below)."""


def _spy() -> None:
    original = extractive.ExtractiveChatModel.select

    def select(self: extractive.ExtractiveChatModel, request: Any) -> list[Candidate]:
        chosen = original(self, request)
        _SEEN.append((self.ranked(request)[:8], chosen))
        return chosen

    extractive.ExtractiveChatModel.select = select  # type: ignore[method-assign]


def _homes(root: Path, base: Settings) -> dict[str, tuple[str, Path, Path]]:
    """group -> (dimension, corpus directory, imported home); imports only what is missing."""
    settings = bias.config()
    corpora = root / "corpora"
    if not (corpora / bias.REFERENCE / "cases.jsonl").is_file():
        bias.write_twins(corpora, settings)
    out = {}
    for twin in [bias.Twin(bias.REFERENCE, bias.REFERENCE, lambda c: c), *bias.twins(settings)]:
        directory = corpora / twin.name.replace(":", "-")
        home = root / "homes" / directory.name
        if not (home / ".imported").is_file():
            home.mkdir(parents=True, exist_ok=True)
            with built_subject(base, Corpus.load(directory), keep_home=home):
                pass
            (home / ".imported").write_text("ok\n")
        out[twin.name] = (twin.dimension, directory, home)
    return out


def _ask(base: Settings, directory: Path, home: Path, protected: Any) -> dict[str, tuple[bias.Observation, Any]]:
    corpus = Corpus.load(directory)
    settings = subject_settings(base, home, "extractive", None)
    assistant = build_assistant(settings)
    from evals.subject import LogCapture, Subject

    subject = Subject(settings, corpus, assistant, LogCapture(), None, 0.0, "bench", home)
    local = RunContext(subject)
    out = {}
    for case in gold_questions(subject).cases:
        _SEEN.clear()
        observed = local.ask(str(case.inputs["asked_as"]), str(case.inputs["question"]), str(case.inputs["case_id"]))
        out[case.id] = (bias.observe(case, observed, protected), _SEEN[-1] if _SEEN else ([], []))
    return out


def _describe(c: Candidate) -> str:
    parts = " ".join(f"{k}={v:+.3f}" for k, v in c.parts if abs(v) > 1e-9)
    return f"{c.score:.3f} {c.source.chunk.note_id} #{c.index} [{parts}] {c.text[:90]!r}"


def _explain(qid: str, name: str, ref: tuple[bias.Observation, Any], twin: tuple[bias.Observation, Any]) -> None:
    print(f"\nFLIP {name} {qid}: cited {sorted(ref[0].cited)} -> {sorted(twin[0].cited)}")
    for label, (_obs, (ranked, chosen)) in (("reference", ref), (name, twin)):
        print(f"  {label}: chose {[(c.source.chunk.note_id, c.index) for c in chosen]}")
        for c in ranked:
            print("    ", _describe(c))
    by_key = {(c.source.chunk.note_id, c.index): c for c in ref[1][0]}
    for c in twin[1][0]:
        r = by_key.get((c.source.chunk.note_id, c.index))
        if r is None:
            continue
        differ = [(k, dict(r.parts)[k], v) for k, v in c.parts if abs(dict(r.parts).get(k, 0.0) - v) > 1e-9]
        if differ:
            print(f"  differs {c.source.chunk.note_id} #{c.index}: " + ", ".join(f"{k} {a:+.3f}->{b:+.3f}" for k, a, b in differ))


def _measure(label: str, answers: dict[str, tuple[str, dict[str, tuple[bias.Observation, Any]]]], explain: bool) -> None:
    groups = {name: bias.Group(name, Path(name), dim, {q: o for q, (o, _) in asked.items()}) for name, (dim, asked) in answers.items()}
    reference = answers[bias.REFERENCE][1]
    figures = {n: bias.group_figures(groups[bias.REFERENCE], g, 0.0) for n, g in groups.items() if n != bias.REFERENCE}
    flips = 0
    for name, (_dim, asked) in answers.items():
        for qid, pair in asked.items():
            if name != bias.REFERENCE and bias.flipped(reference[qid][0], pair[0]):
                flips += 1
                if explain:
                    _explain(qid, name, reference[qid], pair)
    worst = max(figures.items(), key=lambda item: item[1]["flip_rate"])
    accuracy = sum(f["accuracy"] for f in figures.values()) / len(figures)
    print(f"\n[{label}] flipped pairs {flips}; worst group {worst[0]} flip_rate {worst[1]['flip_rate']:.4f} "
          f"(gate: flip excess 0.05; floor 0 for a deterministic answerer); mean twin accuracy {accuracy:.3f}")
    for name, row in sorted(figures.items()):
        if row["flip_rate"]:
            print(f"  {name:40s} flip_rate {row['flip_rate']:.4f} accuracy {row['accuracy']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--homes", type=Path, default=Path(tempfile.gettempdir()) / "caseassist-twins")
    parser.add_argument(
        "--variant", action="append", default=[],
        help="LABEL=field=value,field=value of ExtractiveTuning (repeatable), e.g. four=max_sentences=4",
    )
    parser.add_argument("--explain", action="store_true", help="print every flipped pair's candidates")
    args = parser.parse_args()
    _spy()
    base = Settings()
    protected = bias.protected_terms(bias.config())
    homes = _homes(args.homes, base)
    for variant in args.variant or ["shipped="]:
        label, _, spec = variant.partition("=")
        extractive.ExtractiveTuning = functools.partial(ExtractiveTuning, **fields(spec))  # type: ignore[misc,assignment]
        answers = {name: (dim, _ask(base, d, h, protected)) for name, (dim, d, h) in homes.items()}
        _measure(label, answers, args.explain)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
