"""Build a hand-written corpus (data/independent, data/independent2, data/independent3, data/independent4) from its marked-up sources.

Why a build step: gold PII offsets must never be counted by hand. Each case module
(`CORPUS/source/case1.py`...) holds note text with inline marks, and this script strips the marks,
records the character offsets of what they enclosed, and writes CORPUS/users.json, cases.jsonl
and gold/*.jsonl. `CORPUS/source/users.py` holds the corpus's staff.

Marks inside note text:
- `[[Text|P02]]`            PERSON on the record (owner CASE-P02); origin from the name part.
- `[[Text|~british]]`       PERSON not on the record, with its origin group.
- `[[Text|PHONE:P02]]`      an identifier (PHONE, NHS_NUMBER, NI_NUMBER, EMAIL, POSTCODE, ADDRESS,
                            DOB) owned by P02; `[[Text|ADDRESS]]` for no owner on the record.
- `{{Text|place}}`          a keep span (event_date, time, figure, pet_name, word_name, place).
Agency terms (MASH, CP, SW...) are found automatically wherever they stand outside other spans.

Run: `.venv/bin/python data/build_handwritten.py data/independent` (from the repository root).
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import phonenumbers

IDENTIFIER_TYPES = {"PHONE", "NHS_NUMBER", "NI_NUMBER", "EMAIL", "POSTCODE", "ADDRESS", "DOB"}
AGENCY_TERMS = [
    "MASH", "CIN", "CP", "CLA", "LAC", "s47", "S47", "ICPC", "RCPC", "IRO", "PEP", "EHCP", "DSL",
    "HV", "DV", "DA", "CAMHS", "NFA", "MGM", "SW", "GP", "PC", "DC", "DS", "A&E", "PLO", "YOT",
    "ICO", "NRM", "RHI", "CSE", "CCE", "SENCO", "EH", "IHA", "TM",
]
MARK = re.compile(r"\[\[(.+?)\|(.+?)\]\]|\{\{(.+?)\|(\w+)\}\}")
AGENCY = re.compile(r"(?<![\w&])(" + "|".join(re.escape(t) for t in AGENCY_TERMS) + r")(?![\w&])")


def nhs_valid(number: str) -> bool:
    """Modulus 11 check digit, as NHS numbers carry."""
    digits = number.replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9])


def origin_of(text: str, person: dict[str, Any]) -> str:
    """A span starting with the given name carries its pool; otherwise the family name's."""
    first = text.split()[0].removesuffix("'s").lower()
    if first == person["given_name"].split()[0].lower() or first.startswith(person["given_name"].lower()):
        return person["given_origin"]
    return person["family_origin"]


def parse(
    marked: str, case_id: str, people: dict[str, dict[str, Any]], aliases: dict[str, str]
) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip marks, returning plain text, PII spans and keep spans with exact offsets.

    Unmarked occurrences of a case's ALIASES (whole words, case-sensitive, longest first) are
    spans too, so a repeated first name is never forgotten.
    """
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    keeps: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            text, spec = m.group(1), m.group(2)
            span = _span(text, spec, case_id, people)
            span["start"], span["end"] = length, length + len(text)
            spans.append(span)
        else:
            text, kind = m.group(3), m.group(4)
            keeps.append({"start": length, "end": length + len(text), "kind": kind, "text": text})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    taken = [(s["start"], s["end"]) for s in spans + keeps]
    for alias in sorted(aliases, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", plain):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                span = _span(alias, aliases[alias], case_id, people)
                span["start"], span["end"] = m.start(), m.end()
                spans.append(span)
                taken.append((m.start(), m.end()))
    for m in AGENCY.finditer(plain):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            keeps.append({"start": m.start(), "end": m.end(), "kind": "agency_term", "text": m.group(0)})
    spans = [_ordered(s) for s in sorted(spans, key=lambda s: s["start"])]
    keeps.sort(key=lambda k: k["start"])
    return plain, spans, keeps


def _ordered(span: dict[str, Any]) -> dict[str, Any]:
    keys = ["start", "end", "type", "text", "person_id", "on_record", "origin"]
    return {k: span[k] for k in keys}


def _span(text: str, spec: str, case_id: str, people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if spec.startswith("~"):
        return {"type": "PERSON", "text": text, "person_id": None, "on_record": False, "origin": spec[1:]}
    if re.fullmatch(r"P\d+(/\w+)?", spec):
        owner, _, origin = spec.partition("/")
        return {"type": "PERSON", "text": text, "person_id": f"{case_id}-{owner}", "on_record": True,
                "origin": origin or origin_of(text, people[owner])}
    kind, _, owner = spec.partition(":")
    if kind not in IDENTIFIER_TYPES:
        raise ValueError(f"{case_id}: unknown span type {kind!r} on {text!r}")
    if kind == "PHONE" and not phonenumbers.is_valid_number(phonenumbers.parse(text, "GB")):
        raise ValueError(f"{case_id}: {text!r} is not a valid GB phone number")
    if kind == "NHS_NUMBER" and not nhs_valid(text):
        raise ValueError(f"{case_id}: {text!r} fails the NHS number check digit")
    person_id = f"{case_id}-{owner}" if owner else None
    return {"type": kind, "text": text, "person_id": person_id, "on_record": bool(owner), "origin": None}


def build_case(module: Any) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """One case line plus its pii, question and event gold lines."""
    case_id: str = module.CASE["case_id"]
    people = {p["person_id"]: p for p in [module.CASE["child"], *module.CASE["people"]]}
    note_ids: dict[str, str] = {}
    notes: list[dict[str, Any]] = []
    pii: list[dict[str, Any]] = []
    dates = [n[1] for n in module.NOTES]
    if dates != sorted(dates):
        raise ValueError(f"{case_id}: notes are not in date order")
    for number, (key, date, ntype, author, title, sensitivity, marked) in enumerate(module.NOTES, start=1):
        note_id = f"{case_id}-N{number:03d}"
        if key in note_ids:
            raise ValueError(f"{case_id}: duplicate note key {key!r}")
        note_ids[key] = note_id
        text, spans, keeps = parse(marked.strip(), case_id, people, getattr(module, "ALIASES", {}))
        for s in spans + keeps:
            assert text[s["start"] : s["end"]] == s["text"], (note_id, s)
        note = {"note_id": note_id, "date": date, "type": ntype, "author": author, "title": title,
                "text": text, "sensitivity": sensitivity}
        notes.append(note)
        pii.append({"case_id": case_id, "note_id": note_id, "spans": spans, "keep": keeps})
    case = {k: v for k, v in module.CASE.items() if k not in ("child", "people")}
    case["child"] = _person(module.CASE["child"], case_id)
    case["people"] = [_person(p, case_id) for p in module.CASE["people"]]
    case["notes"] = notes
    questions = []
    for number, q in enumerate(module.QUESTIONS, start=1):
        questions.append({
            "id": f"{case_id}-Q{number:02d}", "case_id": case_id, "question": q["q"], "qtype": q["qtype"],
            "answerable": bool(q["notes"]), "gold_facts": q["facts"],
            "supporting_note_ids": [note_ids[k] for k in q["notes"]], "asked_as": q["as"],
        })
    events = []
    for date, etype, keys, description in module.EVENTS:
        events.append({"case_id": case_id, "date": date, "event_type": etype,
                       "note_ids": [note_ids[k] for k in keys], "significant": True, "description": description})
    return case, pii, questions, events


def _person(person: dict[str, Any], case_id: str) -> dict[str, Any]:
    record = {k: v for k, v in person.items() if k not in ("given_origin", "family_origin")}
    record["person_id"] = f"{case_id}-{person['person_id']}"
    return record


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def build(corpus: Path) -> str:
    """Write CORPUS's files from CORPUS/source (its case*.py modules in name order); a summary line."""
    source = corpus / "source"
    sys.path.insert(0, str(source))
    try:
        modules = sorted(p.stem for p in source.glob("case*.py"))
        cases, pii, questions, events = [], [], [], []
        for name in modules:
            sys.modules.pop(name, None)
            case, p, q, e = build_case(importlib.import_module(name))
            cases.append(case)
            pii += p
            questions += q
            events += e
        sys.modules.pop("users", None)
        users = importlib.import_module("users").USERS
    finally:
        sys.path.remove(str(source))
    (corpus / "gold").mkdir(exist_ok=True)
    (corpus / "users.json").write_text(json.dumps(users, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _write_jsonl(corpus / "cases.jsonl", cases)
    _write_jsonl(corpus / "gold" / "pii.jsonl", pii)
    _write_jsonl(corpus / "gold" / "questions.jsonl", questions)
    _write_jsonl(corpus / "gold" / "events.jsonl", events)
    notes = sum(len(c["notes"]) for c in cases)
    spans = sum(len(p["spans"]) for p in pii)
    return f"{len(cases)} cases, {notes} notes, {spans} pii spans, {len(questions)} questions, {len(events)} events"


if __name__ == "__main__":
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "source").is_dir():
        sys.exit("usage: build_handwritten.py CORPUS_DIR   (a folder holding source/case*.py and source/users.py)")
    print(build(Path(sys.argv[1]).resolve()))
