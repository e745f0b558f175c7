"""Build a whole synthetic corpus for a seed: users.json, cases.jsonl and the gold files.

The corpus is a pure function of (cases, seed, family): each case draws from its own
`random.Random` derived from the seed and its index, so the first N cases of a bigger corpus are
the same as a corpus of N, and nothing reads the clock, the environment or set ordering.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from records.models import CaseStatus
from records.synthetic import dates, journeys
from records.synthetic.actors import make_address
from records.synthetic.case_writer import CaseOutput, CaseWriter
from records.synthetic.gold import Gold, dumps_jsonl, write_gold
from records.synthetic.names import Family, vocabulary
from records.synthetic.staff import build_staff

JOURNEY_CYCLE: tuple[str, ...] = ("cp", "lac", "cin", "cp", "lac", "leaver", "early_help", "cin", "cp", "lac")
"""Which journey each case index takes, so even a small corpus covers every kind of case."""
def _ends(index: int) -> bool:
    """Whether a case closes: one CP and one CIN case in each cycle, early help every other cycle."""
    position = index % len(JOURNEY_CYCLE)
    return position in {3, 7} or (position == 6 and (index // len(JOURNEY_CYCLE)) % 2 == 1)

RESTRICTED_EVERY = 8
CASE_PREFIX = {Family.STANDARD: "DEMO", Family.HELDOUT: "HOLD"}


@dataclass(frozen=True)
class Corpus:
    users: list[dict[str, object]]
    cases: list[dict[str, object]]
    gold: Gold

    @property
    def note_count(self) -> int:
        return sum(len(cast(list, case["notes"])) for case in self.cases)


def generate(cases: int, seed: int, family: Family = Family.STANDARD) -> Corpus:
    if cases < 1:
        raise ValueError("cases must be at least 1")
    vocab = vocabulary(family)
    staff = build_staff(random.Random(f"staff:{family.value}:{seed}"), vocab)
    gold = Gold()
    records: list[dict[str, object]] = []
    for index in range(cases):
        rng = random.Random(f"case:{family.value}:{seed}:{index}")
        journey = JOURNEY_CYCLE[index % len(JOURNEY_CYCLE)]
        case_id = f"{CASE_PREFIX[family]}-{seed}-{index + 1:04d}"
        writer = CaseWriter(rng, family, vocab, staff, case_id, journey,
                            restricted=index % RESTRICTED_EVERY == RESTRICTED_EVERY - 1, ends=_ends(index))
        output = _write_case(writer, confidential=index % 3 == 0)
        records.append(output.record)
        gold.pii.extend(output.pii)
        gold.questions.extend(output.questions)
        gold.events.extend(output.events)
    return Corpus(staff.users(), records, gold)


def write_corpus(corpus: Corpus, out_dir: Path) -> list[Path]:
    """Write every file, each one whole (write to a temporary name, then rename)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staged = out_dir / ".staging"
    if staged.exists():  # left by an interrupted run: never let its files into this corpus
        shutil.rmtree(staged)
    staged.mkdir()
    (staged / "users.json").write_text(json.dumps(corpus.users, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (staged / "cases.jsonl").write_text(dumps_jsonl(corpus.cases), encoding="utf-8")
    write_gold(corpus.gold, staged / "gold")
    written: list[Path] = []
    for source in sorted(staged.rglob("*")):
        if source.is_file():
            target = out_dir / source.relative_to(staged)
            target.parent.mkdir(parents=True, exist_ok=True)
            source.replace(target)
            written.append(target)
    for folder in sorted(staged.rglob("*"), reverse=True):
        folder.rmdir()
    staged.rmdir()
    return written


def _write_case(w: CaseWriter, confidential: bool) -> CaseOutput:
    """One journey; `confidential` guarantees at least one restricted note for access tests."""
    {"cp": _child_protection, "cin": _child_in_need, "lac": _looked_after, "leaver": _care_leaver,
     "early_help": _early_help}[w.journey](w)
    if confidential and not any(w.note_sensitive.values()):
        journeys.restricted_adoption(w)
    return w.finish()


def _between(w: CaseWriter, visits: int, optional: Sequence[journeys.Episode], chance: float = 0.35,
             visit: journeys.Episode = journeys.stat_visit, routine: journeys.Episode = journeys.routine_visit) -> None:
    """`visits` visits with optional episodes interleaved in a seeded order, each at most once."""
    pending = list(optional)
    w.rng.shuffle(pending)
    for step in range(visits):
        (visit if step % 3 != 2 else routine)(w)
        if pending and w.rng.random() < chance:
            pending.pop()(w)
        if step % 4 == 3:
            journeys.supervision(w)


def _household(w: CaseWriter) -> list[journeys.Episode]:
    options: list[journeys.Episode] = [journeys.partner, journeys.separation, journeys.death, journeys.phone_call]
    if w.mother.dob and w.age < 12 and w.rng.random() < 0.5:
        options.append(journeys.birth)
    return options


def _child_protection(w: CaseWriter) -> None:
    journeys.contact(w)
    journeys.referral(w)
    journeys.strategy(w)
    journeys.s47(w)
    journeys.icpc(w)
    journeys.assessment(w)
    journeys.school(w)
    journeys.gp(w)
    journeys.hv(w)
    optional = [journeys.dv, journeys.hospital, journeys.exclusion, journeys.camhs, journeys.restricted_health,
                journeys.positive, *_household(w)]
    _between(w, w.rng.randint(3, 6), optional, visit=_cp_visit)
    journeys.rcpc(w, ends_plan=w.ends)
    _between(w, w.rng.randint(2, 5), optional, chance=0.3, visit=_cp_visit if not w.ends else journeys.stat_visit)
    if w.ends:
        journeys.closure(w, w.rng.choice(("Plan outcomes met; family engaging with early help.", "CIN plan completed, risks reduced.")))


def _cp_visit(w: CaseWriter) -> None:
    (journeys.core_group if w.rng.random() < 0.25 else journeys.stat_visit)(w)


def _child_in_need(w: CaseWriter) -> None:
    journeys.contact(w)
    journeys.referral(w)
    journeys.assessment(w)
    journeys.school(w)
    journeys.gp(w)
    optional = [journeys.hospital, journeys.exclusion, journeys.school_move, journeys.camhs, journeys.dv, journeys.positive, journeys.yot,
                *_household(w)]
    _between(w, w.rng.randint(3, 6), optional)
    journeys.cin_review(w)
    _between(w, w.rng.randint(2, 4), optional, chance=0.3)
    if w.ends:
        journeys.cin_review(w, closing=True)
        journeys.closure(w, w.rng.choice(("CIN plan outcomes achieved.", "Family no longer require a statutory service.")))


def _looked_after(w: CaseWriter) -> None:
    journeys.placement_start(w)
    journeys.gp(w)
    journeys.school(w)
    journeys.cla_review(w)
    optional = [journeys.missing, journeys.missing, journeys.placement_move, journeys.pep, journeys.exclusion,
                journeys.hospital, journeys.camhs, journeys.restricted_health, journeys.school_move,
                journeys.restricted_adoption, journeys.yot]
    _between(w, w.rng.randint(4, 7), optional, chance=0.5, visit=journeys.cla_visit, routine=journeys.placement_visit)
    journeys.cla_review(w)
    if w.rng.random() < 0.6:
        journeys.final_hearing(w)
    _between(w, w.rng.randint(2, 4), [journeys.missing, journeys.pep], chance=0.5, visit=journeys.cla_visit,
             routine=journeys.placement_visit)
    _ask_missing_count(w)


def _ask_missing_count(w: CaseWriter) -> None:
    if not w.missing_days:
        return
    first = w.missing_days[0][0]
    since = f"{dates.month_name(first)} {first.year}"
    w.ask("how_many", f"How many missing episodes has {w.child.given} had since {since}?", [str(len(w.missing_days))],
          [note_id for _, note_id in w.missing_days])


def _care_leaver(w: CaseWriter) -> None:
    w.home = make_address(w.rng, w.vocab.streets, w.vocab.towns)
    journeys.pathway_plan(w)
    journeys.gp(w)
    optional = [journeys.hospital, journeys.camhs, journeys.restricted_health, journeys.phone_call, journeys.death, journeys.yot]
    _between(w, w.rng.randint(3, 5), optional, visit=journeys.pa_visit, routine=journeys.pa_visit)
    journeys.pathway_plan(w)
    _between(w, w.rng.randint(2, 4), optional, visit=journeys.pa_visit, routine=journeys.pa_visit)
    journeys.pathway_plan(w)
    w.status = CaseStatus.CARE_LEAVER


def _early_help(w: CaseWriter) -> None:
    journeys.contact(w)
    w.status = CaseStatus.EARLY_HELP
    journeys.school(w)
    journeys.gp(w)
    journeys.hv(w)
    _between(w, w.rng.randint(5, 9), [journeys.phone_call, journeys.exclusion, journeys.hospital, journeys.school_move, journeys.positive,
                                      *_household(w)], chance=0.45, visit=journeys.early_help)
    if w.ends:
        journeys.closure(w, "Early help plan completed; family happy to close.")
