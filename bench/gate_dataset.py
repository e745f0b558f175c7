"""The "answer or not recorded" dataset: every development question, its ungated answer and each gate's verdict.

    .venv/bin/python bench/gate_dataset.py                        # all sixteen development corpora + probes
    .venv/bin/python bench/gate_dataset.py --corpus independent7  # one corpus (repeatable)
    .venv/bin/python bench/gate_dataset.py --table                # the gate table from rows already built

For each gold question of the sixteen development corpora (and each hand-written unanswerable probe
of bench/probes/) the question is asked through the real pipeline (access, vault, hybrid retrieval,
extractive answerer) as its user, but with an answerer whose selection skips the final gates: it
ranks exactly as `ExtractiveChatModel` does and always quotes its best sentences. Each gate of
`ExtractiveChatModel.select` and each rule inside `abstention.supports` / `_answers_kind` is then
evaluated on that ungated choice and recorded as 0/1 ("1" = this gate says not recorded), beside
the top candidate's numbers. Whether the ungated answer holds the gold facts is bench_answer's own
fact check (a yes/no gold fact must be the answer's first word). `hand_refuse` is the current hand gates' decision; `select_empty` is what the unmodified
`select` returned, as a check that the replay agrees with the code.

Rows are JSONL under /tmp/lrn/ (not committed); bench/bench_gate.py scores decision rules on them
leave-one-corpus-out, and `--table` prints what each gate costs (right answers it refuses) and earns
(unanswerable questions it refuses), alone and with others. data/independent15 is the sealed
corpus: this builder refuses to touch it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from bench_answer import corpus_dir, ensure_imported, fact_present, read_jsonl  # noqa: E402

from assistant.models import abstention  # noqa: E402
from assistant.models.base import ChatRequest, QuestionType  # noqa: E402
from assistant.models.candidates import (  # noqa: E402
    SUBJECT,
    Candidate,
    as_chosen,
    asks_for_a_name,
    asks_where,
    names_something,
    naming_first,
    neighbour_with,
    quotable_extra,
    wanted_in_answer,
    with_someone_named,
)
from assistant.models.counting import counted_terms, latest_stated_count  # noqa: E402
from assistant.models.evidence import DATE, NAMED  # noqa: E402
from assistant.models.extractive import _ON_TOPIC, ExtractiveChatModel  # noqa: E402
from assistant.models.questions import mentioned_days, spelled_out  # noqa: E402

DEVELOPMENT = (
    "demo", "heldout", "independent", "independent2", "independent3",
    "independent4", "independent5", "independent6", "independent7", "independent8", "independent9",
    "independent10",
    "independent11",
    "independent12",
    "independent13",
    "independent14",
)  # fmt: skip
"""The sixteen development corpora; data/independent15 is sealed and never measured here."""

SEALED = "independent15"
OUT = Path("/tmp/lrn")

GATES = ("g_no_candidates", "g_on_topic", "g_min_score", "g_keyword_share", "g_name", "g_supports")
"""The gates whose firing makes `select` return [] (in its order); `hand_refuse` is their OR."""


class UngatedChatModel(ExtractiveChatModel):
    """`ExtractiveChatModel` whose `select` never abstains once it has a candidate, recording each
    gate's verdict in `last` instead; the ranking is the parent's own."""

    last: dict[str, Any] | None = None

    def select(self, request: ChatRequest) -> list[Candidate]:
        request = replace(request, question=spelled_out(request.question))
        gated = super().select(request)
        ranked = self._rank(request)
        if not ranked:
            self.last = {"g_no_candidates": 1, "select_empty": int(not gated)}
            return []
        chosen, features = self._ungated(request, ranked)
        self.last = {**features, "g_no_candidates": 0, "select_empty": int(not gated)}
        return chosen

    def _ungated(self, request: ChatRequest, ranked: list[Candidate]) -> tuple[list[Candidate], dict[str, Any]]:
        """`select` step by step, each `return []` turned into a recorded verdict."""
        tuning, question, qtype = self._tuning, request.question, request.qtype
        named = {SUBJECT, *NAMED.findall(question)}
        if qtype is QuestionType.WHO:
            ranked = naming_first(ranked, named, tuning)
        every = ranked
        on_topic = [c for c in ranked if c.on_topic]
        off_topic_gate = qtype in _ON_TOPIC and not on_topic
        if qtype in _ON_TOPIC and on_topic:
            ranked = on_topic
        if qtype is QuestionType.HOW_MANY:
            ranked = latest_stated_count(ranked, counted_terms(question), tuning.count_margin)
        best = ranked[0]
        chosen = [best]
        for other in ranked[1:]:
            if len(chosen) >= tuning.max_sentences:
                break
            if quotable_extra(other, best, chosen, question, tuning):
                chosen.append(other)
        if qtype is QuestionType.WHO:
            near = [c for c in every if c.on_topic or c.source is best.source]
            chosen = with_someone_named(chosen, near, named, tuning)
        name_gate = asks_for_a_name(question) and not any(names_something(c.text, question) for c in chosen)
        wanted = wanted_in_answer(request)
        wanted_missing = wanted is not None and not any(wanted.search(c.text) for c in chosen)
        if wanted_missing and wanted is not None:
            pool = every if qtype is QuestionType.HOW_MANY or asks_where(question) else ranked
            neighbour = neighbour_with(best, pool, wanted)
            if neighbour is not None:
                chosen = sorted([best, neighbour], key=lambda c: c.index)
        second = ranked[1] if len(ranked) > 1 else None
        sims = self._similarities(question, [best.text] + ([second.text] if second else []))
        features = {
            "g_on_topic": int(off_topic_gate),
            "g_min_score": int(best.score < tuning.min_score),
            "g_keyword_share": int(best.keyword_share < tuning.min_keyword_share),
            "g_name": int(name_gate),
            "f_wanted_asked": int(wanted is not None),
            "f_wanted_missing": int(wanted_missing),
            **supports_features(question, qtype, as_chosen(chosen)),
            "top_score": best.score,
            "top_share": best.keyword_share,
            "top_on_topic": int(best.on_topic),
            "top_retrieval": float(best.source.score),
            "top_source_rank": best.source.n,
            "similarity": sims[0],
            "margin": best.score - (second.score if second else 0.0),
            "similarity_margin": sims[0] - (sims[1] if second else 0.0),
            "on_topic_share": len(on_topic) / len(every),
            "n_sources": len(request.sources),
            "n_chosen": len(chosen),
            "names_day": int(bool(mentioned_days(question))),
            "top_has_date": int(bool(DATE.search(best.text))),
            "question_words": len(question.split()),
            **{f"qt_{kind.value}": int(qtype is kind) for kind in QuestionType},
        }
        features["g_supports"] = features.pop("s_refuses")
        return chosen, features


def supports_features(question: str, qtype: QuestionType, chosen: Sequence[abstention.Chosen]) -> dict[str, int]:
    """`abstention.supports` and, separately, each rule of `_answers_kind` (1 = the rule refuses).

    Mirrors the rules as they stand at the measured commit; `s_refuses` is the real `supports`."""
    said = abstention.with_places(
        abstention._with_concept_words(set().union(*(abstention.terms(c.sentence) | abstention.acronyms(c.sentence) for c in chosen)))
    )
    notes = abstention.with_places(
        abstention._with_concept_words(set().union(*(abstention.terms(c.note_text) | abstention.acronyms(c.note_text) for c in chosen)))
    )
    kind = qtype is QuestionType.QUOTE or any(abstention._holds_kind(qtype, c.sentence) for c in chosen)
    on_day = abstention.on_asked_day(question, chosen)
    topic = abstention._holding_topic(question, chosen)
    about = abstention._about(question, chosen)
    measure = abstention.wanted_measure(question)
    plain = set().union(*(abstention.terms(c.sentence) for c in chosen))
    noted = set().union(*(abstention.terms(c.note_text) for c in chosen))
    yes_no = qtype is QuestionType.YES_NO
    ahead = any(abstention._FUTURE.search(c.sentence) for c in chosen)
    return {
        "s_refuses": int(not abstention.supports(question, qtype, chosen)),
        "s_on_asked_day": int(on_day),
        "s_dates_asked_event": int(qtype is QuestionType.WHEN and abstention.dates_asked_event(question, chosen)),
        "s_topic_missing": int(not abstention.holds_topic(question, said, notes, kind)),
        "s_kind_held": int(kind),
        "k_date": int(abstention.wants_date(question, qtype) and not any(abstention.dates_event(p) for p in topic)),
        "k_ahead": int(
            abstention.asks_ahead(question)
            and not any(DATE.search(p) and (abstention._FUTURE.search(p) or abstention._BOOKED.search(p)) for p in topic)
        ),
        "k_name": int(abstention.wants_a_name(question) and not any(abstention.names_the_asked(p, question) for p in about)),
        "k_money": int(abstention.wants_money(question) and not any(abstention._MONEY_FIGURE.search(p) for p in about)),
        "k_measure": int(measure is not None and not any(measure.search(p) for p in abstention._measured(question, chosen))),
        "k_quote": int(qtype is QuestionType.QUOTE and not on_day and not abstention.quotes_the_asked(question, chosen)),
        "k_steps": int(yes_no and abstention.only_steps_toward(question, chosen)),
        "k_predicate_held": int(yes_no and abstention.holds_predicate(question, plain)),
        "k_yes_no_unheld": int(
            yes_no
            and not abstention.holds_predicate(question, plain)
            and (
                ahead
                or (
                    abstention._specific_event(question)
                    and not abstention.holds_predicate(question, noted)
                    and not abstention.says_no(question, chosen)
                )
            )
        ),
    }




def questions_of(corpus: str) -> Iterator[dict[str, Any]]:
    """The corpus's gold questions, then its probes (all unanswerable)."""
    folder = corpus_dir(corpus)
    for row in read_jsonl(folder / "gold" / "questions.jsonl"):
        yield {**row, "source": "gold"}
    probes = REPO / "bench" / "probes" / f"unanswerable_{corpus}.jsonl"
    if probes.is_file():
        for row in read_jsonl(probes):
            yield {**row, "answerable": False, "gold_facts": [], "source": "probe"}


def development_answerer(corpus: str, home_root: Path) -> Any:
    """The offline answerer over one development corpus, imported once into `home_root/h_<corpus>`;
    the sealed corpus is refused before anything of it is read (bench/ranker_loco.py uses this too)."""
    if SEALED in corpus:
        raise SystemExit(f"{corpus}: the sealed corpus is never measured here")
    from assistant.answering import build_answerer
    from assistant.settings import Settings

    home = home_root / f"h_{corpus}"
    os.environ["CASEASSIST_HOME"] = str(home)
    os.environ.pop("CASEASSIST_OLLAMA__BASE_URL", None)
    settings = Settings()
    home.mkdir(parents=True, exist_ok=True)
    ensure_imported(settings, corpus_dir(corpus))
    return build_answerer(settings)


def build(corpus: str, home_root: Path) -> list[dict[str, Any]]:
    """Every question of one corpus, asked once with the ungated answerer."""
    answerer = development_answerer(corpus, home_root)
    real = answerer._fallback
    spy = UngatedChatModel(real._embedder, real._tuning)
    answerer._chat = answerer._fallback = spy
    rows = []
    for question in questions_of(corpus):
        spy.last = None
        answer = answerer.ask(question["asked_as"], question["question"], case_id=question["case_id"])
        features = spy.last or {"g_no_candidates": 1, "select_empty": 1}
        facts = bool(question["answerable"]) and all(fact_present(f, answer.text) for f in question["gold_facts"])
        rows.append(
            {
                "corpus": corpus,
                "id": question["id"],
                "source": question["source"],
                "qtype": question["qtype"],
                "answerable": bool(question["answerable"]),
                "facts_ok": facts,
                "pipeline_refused": bool(answer.refused),
                "refusal_reason": answer.reason if answer.refused else "",
                "question": question["question"],
                "hand_refuse": int(any(features.get(gate, 0) for gate in GATES)),
                **features,
            }
        )
    return rows


RULES = ("s_topic_missing", "k_date", "k_ahead", "k_name", "k_money", "k_measure", "k_quote", "k_steps", "k_yes_no_unheld")
"""The rules inside `abstention.supports`, each of which alone can make `g_supports` fire."""


def read_rows(out_dir: Path, corpora: Sequence[str]) -> list[dict[str, Any]]:
    """The rows `build` wrote for the given corpora (a corpus not built yet is skipped, and said)."""
    rows: list[dict[str, Any]] = []
    for corpus in corpora:
        path = out_dir / f"gate_{corpus}.jsonl"
        if not path.is_file():
            print(f"{corpus}: no rows at {path} (build them first)", file=sys.stderr)
            continue
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def _firing(row: dict[str, Any], gate: str) -> tuple[bool, bool]:
    """(fires, alone) for one row: a top-level gate is alone when no other gate fires; a rule inside
    `supports` when `g_supports` is the only gate and no other rule inside it fires."""
    fires = bool(row.get(gate, 0))
    if gate in GATES:
        return fires, fires and not any(row.get(other, 0) for other in GATES if other != gate)
    only_supports = bool(row.get("g_supports", 0)) and not any(row.get(other, 0) for other in GATES if other != "g_supports")
    return fires, fires and only_supports and not any(row.get(other, 0) for other in RULES if other != gate)


def gate_table(rows: Sequence[dict[str, Any]]) -> str:
    """What each gate costs and earns, as a markdown table: "right" rows are answerable questions
    whose ungated answer holds the gold facts (a refusal loses them); "unanswerable" rows are gold
    unanswerable questions and probes (a refusal is the right call). Then the totals, and the right
    answers refused per corpus, which is where a gate is too strict."""
    right = [row for row in rows if row["answerable"] and row["facts_ok"]]
    unanswerable = [row for row in rows if not row["answerable"]]
    lines = [
        "| gate | fires: right answer | fires: unanswerable | alone: right | alone: unanswerable |",
        "|---|---|---|---|---|",
    ]
    for gate in (*GATES, *RULES):
        counts = [sum(_firing(row, gate)[alone] for row in group) for alone in (0, 1) for group in (right, unanswerable)]
        lines.append(f"| {gate} | {counts[0]} | {counts[1]} | {counts[2]} | {counts[3]} |")
    lost = [row for row in right if row["hand_refuse"]]
    caught = sum(row["hand_refuse"] for row in unanswerable)
    probes = [row for row in unanswerable if row["source"] == "probe"]
    lines += [
        "",
        f"{len(rows)} rows ({len(probes)} probes); replay disagrees with select on "
        f"{sum(row['hand_refuse'] != row['select_empty'] for row in rows)}.",
        f"Hand gates: refuse {len(lost)} of {len(right)} right answers; catch {caught} of {len(unanswerable)} "
        f"unanswerable ({sum(row['hand_refuse'] for row in probes)} of {len(probes)} probes).",
        "Right answers refused, per corpus: "
        + ", ".join(f"{corpus} {sum(row['corpus'] == corpus for row in lost)}" for corpus in dict.fromkeys(row["corpus"] for row in rows)),
        "Refused right answers: " + "; ".join(f"{row['id']} ({'+'.join(_fired(row))})" for row in lost),
        "",
        corpus_table(rows),
    ]
    return "\n".join(lines)


def corpus_table(rows: Sequence[dict[str, Any]]) -> str:
    """Per corpus, what the hand gates cost and earn: right answers refused, gold unanswerable
    questions caught and probes caught, then the unanswerable ones still answered by id. A rule
    written from one corpus shows here whether it moved the others."""
    lines = [
        "| corpus | right refused | gold unanswerable caught | probes caught | still answered |",
        "|---|---|---|---|---|",
    ]
    for corpus in dict.fromkeys(row["corpus"] for row in rows):
        own = [row for row in rows if row["corpus"] == corpus]
        right = [row for row in own if row["answerable"] and row["facts_ok"]]
        gold = [row for row in own if not row["answerable"] and row["source"] == "gold"]
        probes = [row for row in own if row["source"] == "probe"]
        missed = [row["id"] for row in (*gold, *probes) if not row["hand_refuse"]]
        lines.append(
            f"| {corpus} | {sum(row['hand_refuse'] for row in right)} of {len(right)} "
            f"| {sum(row['hand_refuse'] for row in gold)} of {len(gold)} "
            f"| {sum(row['hand_refuse'] for row in probes)} of {len(probes)} | {', '.join(missed) or '-'} |"
        )
    return "\n".join(lines)


def _fired(row: dict[str, Any]) -> list[str]:
    """The gates and rules that fired on a row, in table order."""
    return [gate for gate in (*GATES, *RULES) if row.get(gate, 0)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", default=[], help="a development corpus (repeatable; default all sixteen)")
    parser.add_argument("--home-root", type=Path, default=OUT, help="imports live in <home-root>/h_<corpus>, reused")
    parser.add_argument("--out-dir", type=Path, default=OUT)
    parser.add_argument("--table", action="store_true", help="print the gate table from <out-dir>/gate_*.jsonl; build nothing")
    args = parser.parse_args(argv)
    if args.table:
        print(gate_table(read_rows(args.out_dir, args.corpus or DEVELOPMENT)))
        return 0
    import torch

    torch.set_num_threads(1)
    for corpus in args.corpus or DEVELOPMENT:
        if corpus not in DEVELOPMENT:
            parser.error(f"--corpus {corpus}: not a development corpus (one of {', '.join(DEVELOPMENT)})")
        started = time.perf_counter()
        rows = build(corpus, args.home_root)
        args.out_dir.mkdir(parents=True, exist_ok=True)
        out = args.out_dir / f"gate_{corpus}.jsonl"
        out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        disagree = sum(row["hand_refuse"] != row["select_empty"] for row in rows)
        print(f"{corpus}: {len(rows)} rows -> {out} in {time.perf_counter() - started:.0f} s; replay disagrees with select on {disagree}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
