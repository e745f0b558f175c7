"""The synthetic corpus: deterministic, valid import format, gold annotations that point at real text."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from typer.testing import CliRunner

from caseassist.cli import app
from records.loader import load_cases, load_users
from records.models import CaseStatus
from records.synthetic import identifiers
from records.synthetic.generator import generate, write_corpus
from records.synthetic.gold import KEEP_KINDS, PII_TYPES, read_jsonl
from records.synthetic.names import HELDOUT, ORIGINS, STANDARD, Family
from records.synthetic.templates import all_template_text

REPO = Path(__file__).resolve().parent.parent
COMMITTED = {
    "demo": (REPO / "data" / "demo", 30, 7, Family.STANDARD),
    "heldout": (REPO / "data" / "heldout", 15, 1001, Family.HELDOUT),
}
FILES = ("users.json", "cases.jsonl", "gold/pii.jsonl", "gold/questions.jsonl", "gold/events.jsonl")
UNANSWERABLE_TOPICS = ("dentist", "blood group", "optician", "passport", "family group conference", "orthodontist", "France")


@cache
def _corpus(name: str) -> dict[str, Any]:
    directory = COMMITTED[name][0]
    cases = [json.loads(line) for line in (directory / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    return {
        "dir": directory,
        "cases": {case["case_id"]: case for case in cases},
        "notes": {note["note_id"]: (case, note) for case in cases for note in case["notes"]},
        "users": json.loads((directory / "users.json").read_text(encoding="utf-8")),
        "pii": read_jsonl(directory / "gold" / "pii.jsonl"),
        "questions": read_jsonl(directory / "gold" / "questions.jsonl"),
        "events": read_jsonl(directory / "gold" / "events.jsonl"),
    }


def _spans(name: str, kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for row in _corpus(name)["pii"]:
        for span in row[kind]:
            yield row["note_id"], span


corpora = pytest.mark.parametrize("name", sorted(COMMITTED))


def _bytes(directory: Path) -> dict[str, bytes]:
    return {file: (directory / file).read_bytes() for file in FILES}


# ----- determinism and the committed corpora -----------------------------------------------------

def test_same_seed_gives_identical_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    for label, seed in (("a", 3), ("b", 3), ("c", 4)):
        write_corpus(generate(6, seed, Family.STANDARD), tmp_path / label)
    first, again, other = (_bytes(tmp_path / label) for label in "abc")
    assert first == again
    assert all(first[file] != other[file] for file in ("cases.jsonl", "gold/pii.jsonl", "gold/questions.jsonl"))


@pytest.mark.slow
def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the corpus must not."""
    import os
    import subprocess
    import sys

    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(
            [sys.executable, "-m", "caseassist", "demo-data", str(tmp_path / hash_seed), "--cases", "4", "--seed", "9"],
            check=True, env=env, cwd=REPO, capture_output=True,
        )
    assert _bytes(tmp_path / "1") == _bytes(tmp_path / "2")


def test_a_small_corpus_is_a_prefix_of_a_bigger_one() -> None:
    small, big = generate(3, 11), generate(5, 11)
    assert small.cases == big.cases[:3]
    assert small.users == big.users


@corpora
def test_committed_corpus_equals_regenerated_output(name: str, tmp_path: Path) -> None:
    directory, cases, seed, family = COMMITTED[name]
    write_corpus(generate(cases, seed, family), tmp_path)
    regenerated, committed = _bytes(tmp_path), _bytes(directory)
    stale = [file for file in FILES if regenerated[file] != committed[file]]
    assert not stale, f"{directory} is stale in {stale}: rerun the command in docs/demo-corpus.md"


@corpora
def test_corpus_stays_small(name: str) -> None:
    total = sum(len(content) for content in _bytes(COMMITTED[name][0]).values())
    assert total < 3_000_000


# ----- the import format -------------------------------------------------------------------------

@corpora
def test_every_case_validates_with_the_users_file(name: str) -> None:
    directory = COMMITTED[name][0]
    users = load_users(directory / "users.json")
    result = load_cases(directory / "cases.jsonl", known_users={u.username for u in users})
    assert [str(p) for p in result.problems] == []
    assert len(result.cases) == COMMITTED[name][1]
    roles = Counter(u.role.value for u in users)
    assert roles["governance_lead"] == 1 and roles["admin"] == 1 and roles["team_manager"] >= 3


@corpora
def test_note_authors_are_users_and_cases_cover_every_status(name: str) -> None:
    corpus = _corpus(name)
    usernames = {u["username"] for u in corpus["users"]}
    assert {note["author"] for _, note in corpus["notes"].values()} <= usernames
    statuses = {case["status"] for case in corpus["cases"].values()}
    assert statuses == {status.value for status in CaseStatus}
    restricted = [case for case in corpus["cases"].values() if case["restricted"]]
    assert restricted and all(case["allocated_worker"] in case["access_list"] for case in restricted)
    assert any(note["sensitivity"] == "restricted" for _, note in corpus["notes"].values())


@corpora
def test_note_dates_are_iso_and_text_uses_other_formats(name: str) -> None:
    texts = " ".join(note["text"] for _, note in _corpus(name)["notes"].values())
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", note["date"]) for _, note in _corpus(name)["notes"].values())
    for pattern in (r"\b\d{2}/\d{2}/\d{4}\b", r"\b\d{1,2}(st|nd|rd|th) [A-Z][a-z]+", r"\b\d{1,2}\.\d{1,2}\.\d{2}\b"):
        assert re.search(pattern, texts), pattern


# ----- gold PII spans ----------------------------------------------------------------------------

@corpora
def test_every_gold_span_matches_its_text_and_none_overlap(name: str) -> None:
    corpus = _corpus(name)
    assert [row["note_id"] for row in corpus["pii"]] == list(corpus["notes"])
    for row in corpus["pii"]:
        text = corpus["notes"][row["note_id"]][1]["text"]
        spans = sorted(row["spans"] + row["keep"], key=lambda s: s["start"])
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"], (row["note_id"], span)
        for before, after in itertools.pairwise(spans):
            assert before["end"] <= after["start"], (row["note_id"], before, after)
        assert {s["type"] for s in row["spans"]} <= set(PII_TYPES)
        assert {k["kind"] for k in row["keep"]} <= set(KEEP_KINDS)


@corpora
def test_person_spans_name_people_on_the_record_or_say_they_are_not(name: str) -> None:
    corpus = _corpus(name)
    for note_id, span in _spans(name, "spans"):
        case = corpus["notes"][note_id][0]
        people = {p["person_id"]: p for p in [case["child"], *case["people"]]}
        assert span["on_record"] == (span["person_id"] is not None)
        if span["person_id"] is not None:
            assert span["person_id"] in people, span
        if span["type"] == "PERSON":
            assert span["origin"] in ORIGINS
            if span["person_id"]:
                person = people[span["person_id"]]
                assert span["text"].split()[0] in (person["given_name"], person["family_name"]), span
        else:
            assert span["origin"] is None


@corpora
def test_every_kind_of_personal_data_and_trap_is_annotated(name: str) -> None:
    types = Counter(span["type"] for _, span in _spans(name, "spans"))
    kinds = Counter(keep["kind"] for _, keep in _spans(name, "keep"))
    assert set(types) == set(PII_TYPES), types
    assert set(kinds) == set(KEEP_KINDS), kinds
    origins = Counter(span["origin"] for _, span in _spans(name, "spans") if span["type"] == "PERSON")
    assert set(origins) == set(ORIGINS), origins
    off_record = [span for _, span in _spans(name, "spans") if span["type"] == "PERSON" and not span["on_record"]]
    assert off_record


@corpora
def test_no_name_in_any_note_escapes_the_gold_annotations(name: str) -> None:
    """Every pool name written in a note is a PERSON span or a deliberate keep (word, place, date)."""
    vocab = STANDARD if COMMITTED[name][3] is Family.STANDARD else HELDOUT
    pool = sorted({n for origin in vocab.names.values() for n in origin.all_names()})
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in pool) + r")(?!\w)")
    corpus = _corpus(name)
    missed = []
    for row in corpus["pii"]:
        text = corpus["notes"][row["note_id"]][1]["text"]
        covered = [(s["start"], s["end"]) for s in row["spans"] + row["keep"]]
        for match in pattern.finditer(text):
            if not any(start <= match.start() and match.end() <= end for start, end in covered):
                missed.append((row["note_id"], match.group()))
    assert missed == []


@corpora
def test_person_span_origin_is_the_pool_the_name_came_from(name: str) -> None:
    vocab = STANDARD if COMMITTED[name][3] is Family.STANDARD else HELDOUT
    for note_id, span in _spans(name, "spans"):
        if span["type"] != "PERSON":
            continue
        pool = vocab.names[span["origin"]].all_names()
        text = span["text"]
        assert text in pool or text.split()[0] in pool, (note_id, span)


@corpora
def test_nhs_numbers_pass_mod_11(name: str) -> None:
    numbers = [span["text"] for _, span in _spans(name, "spans") if span["type"] == "NHS_NUMBER"]
    numbers += [case["child"]["nhs_number"] for case in _corpus(name)["cases"].values()]
    assert numbers and all(identifiers.is_valid_nhs_number(n) for n in numbers), numbers


@corpora
def test_ni_numbers_have_issuable_prefixes(name: str) -> None:
    numbers = [span["text"] for _, span in _spans(name, "spans") if span["type"] == "NI_NUMBER"]
    numbers += [p["ni_number"] for case in _corpus(name)["cases"].values() for p in case["people"] if p.get("ni_number")]
    assert numbers and all(identifiers.is_valid_ni_number(n) for n in numbers), numbers


@corpora
def test_phones_are_valid_gb_numbers(name: str) -> None:
    numbers = [span["text"] for _, span in _spans(name, "spans") if span["type"] == "PHONE"]
    numbers += [p["phone"] for case in _corpus(name)["cases"].values() for p in case["people"] if p.get("phone")]
    invalid = [n for n in numbers if not phonenumbers.is_valid_number(phonenumbers.parse(n, "GB"))]
    assert numbers and not invalid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("943 476 5919", True), ("9434765919", True), ("943 476 5918", False), ("943476591", False), ("94347659AB", False)],
)
def test_nhs_check_digit(value: str, valid: bool) -> None:
    assert identifiers.is_valid_nhs_number(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("AB 12 34 56 C", True), ("JZ123456D", True), ("GB 12 34 56 A", False), ("DA 12 34 56 A", False),
     ("AO 12 34 56 A", False), ("AB 12 34 56 E", False), ("TN 12 34 56 A", False)],
)
def test_ni_prefix_rules(value: str, valid: bool) -> None:
    assert identifiers.is_valid_ni_number(value) is valid


def test_generated_identifiers_are_valid_over_many_draws() -> None:
    import random

    rng = random.Random(0)
    for _ in range(500):
        assert identifiers.is_valid_nhs_number(identifiers.nhs_number(rng))
        assert identifiers.is_valid_ni_number(identifiers.ni_number(rng))
        for phone in (identifiers.mobile(rng), identifiers.landline(rng)):
            assert phonenumbers.is_valid_number(phonenumbers.parse(phone, "GB")), phone


@pytest.mark.parametrize(
    ("day", "written_on", "expected"),
    [
        ("2024-03-05", "2024-03-11", "last Tuesday"),
        ("2024-03-08", "2024-03-11", "last Friday"),
        ("2024-03-10", "2024-03-11", None),
        ("2024-03-04", "2024-03-11", None),
    ],
)
def test_last_weekday_only_when_it_names_one_day(day: str, written_on: str, expected: str | None) -> None:
    import datetime as dt

    from records.synthetic.dates import relative_last_weekday

    assert relative_last_weekday(dt.date.fromisoformat(day), dt.date.fromisoformat(written_on)) == expected


# ----- the two families --------------------------------------------------------------------------

def test_heldout_name_pools_are_disjoint_from_standard() -> None:
    standard = {n for pool in STANDARD.names.values() for n in pool.all_names()}
    heldout = {n for pool in HELDOUT.names.values() for n in pool.all_names()}
    assert set(STANDARD.names) == set(HELDOUT.names) == set(ORIGINS)
    assert not standard & heldout
    for field in ("streets", "towns", "schools", "nurseries", "gp_practices", "places"):
        assert not set(getattr(STANDARD, field)) & set(getattr(HELDOUT, field)), field
    assert not {p for _, p in STANDARD.pets} & {p for _, p in HELDOUT.pets}
    assert not {w.lower() for _, w, _ in STANDARD.word_uses} & {w.lower() for _, w, _ in HELDOUT.word_uses}


def test_each_origin_pool_holds_distinct_names() -> None:
    for vocab in (STANDARD, HELDOUT):
        owners = Counter(name for pool in vocab.names.values() for name in set(pool.all_names()))
        assert [name for name, count in owners.items() if count > 1] == []


def test_heldout_corpus_uses_no_standard_name() -> None:
    standard = {n for pool in STANDARD.names.values() for n in pool.all_names()}
    names = {span["text"] for _, span in _spans("heldout", "spans") if span["type"] == "PERSON"}
    parts = {part for name in names for part in name.split()}
    assert not {p for p in parts if p in standard or p.title() in standard}


def test_word_traps_are_words_that_are_also_names_in_the_same_family() -> None:
    for vocab in (STANDARD, HELDOUT):
        names = {n.lower() for pool in vocab.names.values() for n in pool.all_names()}
        assert all(word.lower() in names for _, word, _ in vocab.word_uses)


def test_families_share_no_phrasing() -> None:
    standard = set(all_template_text(Family.STANDARD).splitlines())
    heldout = set(all_template_text(Family.HELDOUT).splitlines())
    shared = {line for line in standard & heldout if line.strip() not in {"{word_sentence}"}}
    assert not shared


@corpora
def test_no_note_mentions_an_unanswerable_topic(name: str) -> None:
    texts = "\n".join(note["text"] for _, note in _corpus(name)["notes"].values())
    for topic in UNANSWERABLE_TOPICS:
        assert not re.search(rf"\b{re.escape(topic)}\b", texts, re.IGNORECASE), topic


@corpora
def test_confidential_details_appear_only_in_restricted_notes(name: str) -> None:
    corpus = _corpus(name)
    checked = 0
    for row in corpus["pii"]:
        case, note = corpus["notes"][row["note_id"]]
        if note["sensitivity"] != "restricted":
            continue
        secrets = [s["text"] for s in row["spans"] if s["type"] in {"ADDRESS", "PHONE", "POSTCODE"}]
        visible = json.dumps({**case, "notes": [n for n in case["notes"] if n["sensitivity"] == "standard"]}, ensure_ascii=False)
        assert [secret for secret in secrets if secret in visible] == [], row["note_id"]
        checked += len(secrets)
    assert checked > 0


# ----- gold questions and events -----------------------------------------------------------------

@corpora
def test_questions_point_at_notes_that_hold_the_answer(name: str) -> None:
    corpus = _corpus(name)
    managers = {u["username"]: set(u["teams"]) for u in corpus["users"] if u["role"] == "team_manager"}
    askers = Counter()
    for question in corpus["questions"]:
        case = corpus["cases"][question["case_id"]]
        asker = question["asked_as"]
        askers["worker" if asker == case["allocated_worker"] else "manager"] += 1
        assert asker == case["allocated_worker"] or case["team"] in managers.get(asker, set()), question
        assert not case["restricted"] or asker in case["access_list"]
        assert question["qtype"] in {"when", "who", "what", "how_many", "quote", "yes_no"}
        if not question["answerable"]:
            assert question["gold_facts"] == [] and question["supporting_note_ids"] == []
            continue
        assert question["gold_facts"] and question["supporting_note_ids"]
        notes = [corpus["notes"][note_id] for note_id in question["supporting_note_ids"]]
        assert all(owner["case_id"] == case["case_id"] and note["sensitivity"] == "standard" for owner, note in notes)
        if question["qtype"] in {"quote", "who"}:
            assert all(any(fact in note["text"] for _, note in notes) for fact in question["gold_facts"]), question
    assert askers["worker"] and askers["manager"]


@corpora
def test_questions_per_case_and_unanswerable_share(name: str) -> None:
    questions = _corpus(name)["questions"]
    per_case = Counter(q["case_id"] for q in questions)
    assert set(per_case) == set(_corpus(name)["cases"])
    assert min(per_case.values()) >= 6 and max(per_case.values()) <= 10, per_case
    share = sum(not q["answerable"] for q in questions) / len(questions)
    assert 0.15 <= share <= 0.3
    assert len({q["id"] for q in questions}) == len(questions)


@corpora
def test_events_point_at_notes_of_their_case_on_or_before_the_note_date(name: str) -> None:
    corpus = _corpus(name)
    late = 0
    for event in corpus["events"]:
        assert event["significant"] is True and event["note_ids"]
        for note_id in event["note_ids"]:
            case, note = corpus["notes"][note_id]
            assert case["case_id"] == event["case_id"]
            assert event["date"] <= note["date"]
            late += event["date"] < note["date"]
    assert late > 0, "no late-reported event: chronologies would never be tested on the event date"


@corpora
def test_routine_visits_are_not_events(name: str) -> None:
    corpus = _corpus(name)
    event_notes = {note_id for event in corpus["events"] for note_id in event["note_ids"]}
    routine = {note_id for note_id, (_, note) in corpus["notes"].items() if note["type"] in {"Home Visit", "Visit", "Stat Visit", "Core Group"}}
    assert routine and not routine & event_notes


# ----- the command -------------------------------------------------------------------------------

def test_cli_writes_the_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo-data", str(tmp_path / "out"), "--cases", "2", "--seed", "5", "--family", "heldout"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["cases"] == 2
    for file in FILES:
        assert (tmp_path / "out" / file).stat().st_size > 0
    assert not (tmp_path / "out" / ".staging").exists()


def test_a_stale_staging_directory_never_leaks_into_the_corpus(tmp_path: Path) -> None:
    stale = tmp_path / ".staging" / "gold"
    stale.mkdir(parents=True)
    (stale / "old.jsonl").write_text("stale\n")
    write_corpus(generate(1, 2), tmp_path)
    assert not (tmp_path / "gold" / "old.jsonl").exists()
    assert not (tmp_path / ".staging").exists()


def test_cli_help_works() -> None:
    result = CliRunner().invoke(app, ["demo-data", "--help"])
    assert result.exit_code == 0
    assert "--family" in result.stdout and "--seed" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--family", "gold"], "--family: 'gold' is not one of standard, heldout"),
        (["--cases", "0"], "--cases"),
    ],
)
def test_cli_rejects_bad_options_with_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["demo-data", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "cases.jsonl").exists()


def test_cli_refuses_a_file_as_out_dir(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    result = CliRunner().invoke(app, ["demo-data", str(target), "--cases", "1"])
    assert result.exit_code == 2
    assert "is not a directory" in result.output


# ----- counterfactual corpora --------------------------------------------------------------------

def _masked(text: str, spans: list[dict[str, Any]]) -> str:
    """The note with PERSON and EMAIL spans blanked, for comparing everything but the names."""
    out, cursor = [], 0
    for span in sorted(spans, key=lambda s: s["start"]):
        if span["type"] in {"PERSON", "EMAIL"}:
            out += [text[cursor:span["start"]], "<X>"]
            cursor = span["end"]
    return "".join([*out, text[cursor:]])


@pytest.mark.parametrize(("family", "origin"), [(Family.STANDARD, "grt"), (Family.HELDOUT, "east_asian")])
def test_counterfactual_changes_names_and_nothing_else(tmp_path: Path, family: Family, origin: str) -> None:
    from records.synthetic.counterfactual import with_names_from
    from records.synthetic.names import vocabulary

    base = generate(8, 21, family)
    swapped = with_names_from(base, origin, vocabulary(family), 21)
    write_corpus(swapped, tmp_path)
    users = load_users(tmp_path / "users.json")
    assert load_cases(tmp_path / "cases.jsonl", {u.username for u in users}).problems == []

    staff = {str(u["display_name"]) for u in base.users}
    pool = vocabulary(family).names[origin].all_names()
    before = {g.note_id: g for g in base.gold.pii}
    texts_before = {n["note_id"]: n["text"] for c in base.cases for n in c["notes"]}  # type: ignore[attr-defined]
    changed = 0
    for case in swapped.cases:
        for note in case["notes"]:  # type: ignore[attr-defined]
            gold = next(g for g in swapped.gold.pii if g.note_id == note["note_id"])
            spans = [vars(s) for s in gold.spans]
            for span in spans + [vars(k) for k in gold.keep]:
                assert note["text"][span["start"]:span["end"]] == span["text"]
            for span in spans:
                if span["type"] == "PERSON" and span["text"] not in staff:
                    assert span["origin"] == origin and span["text"].split()[0] in pool, span
            old = [vars(s) for s in before[note["note_id"]].spans]
            assert _masked(note["text"], spans) == _masked(texts_before[note["note_id"]], old)
            changed += note["text"] != texts_before[note["note_id"]]
    assert changed > 0
    assert [(q.id, q.answerable, q.qtype) for q in swapped.gold.questions] == [
        (q.id, q.answerable, q.qtype) for q in base.gold.questions
    ]
    assert swapped.gold.events == base.gold.events
    notes = {n["note_id"]: n["text"] for c in swapped.cases for n in c["notes"]}  # type: ignore[attr-defined]
    for question in swapped.gold.questions:
        if question.qtype == "who":
            assert all(any(f in notes[n] for n in question.supporting_note_ids) for f in question.gold_facts)


def test_cli_counterfactual_rejects_an_unknown_origin(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo-data", str(tmp_path / "out"), "--cases", "1", "--names-from", "martian"])
    assert result.exit_code == 2
    assert "--names-from: 'martian' is not one of british" in result.output
    assert not (tmp_path / "out").exists()
