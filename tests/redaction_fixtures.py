"""Shared redaction fixtures: the shipped NER loaded once per test session, and a small case."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from records.models import Case, User
from redaction import CaseRedactor, build_case_redactor


@lru_cache(maxsize=1)
def shared_redactor() -> CaseRedactor:
    """The shipped model loaded once for the whole test session (it is read-only)."""
    return build_case_redactor()


def make_case(notes: list[str], people: list[dict[str, str]] | None = None, **child: str) -> Case:
    """A case with the given note texts; child and people default to a small family."""
    child_record = {
        "person_id": "C1",
        "given_name": "Amelia",
        "family_name": "Khan-Smith",
        "date_of_birth": "2015-03-12",
        "gender": "female",
        "nhs_number": "943 476 5919",
        "address": "14 Castle Road, Leeds, LS6 2AB",
    } | child
    people = (
        people
        if people is not None
        else [
            {
                "person_id": "P1",
                "given_name": "Zoë",
                "family_name": "Khan",
                "relationship": "Mother",
                "phone": "07700 900123",
            },
            {"person_id": "P2", "given_name": "Gary", "family_name": "Hill", "relationship": "Mother's partner"},
            {"person_id": "P3", "given_name": "Hope", "family_name": "Brown", "relationship": "Maternal grandmother"},
        ]
    )
    return Case.model_validate(
        {
            "case_id": "CASE-1",
            "team": "North",
            "status": "child_in_need",
            "allocated_worker": "sjones",
            "child": child_record,
            "people": people,
            "notes": [
                {
                    "note_id": f"N{i}",
                    "date": "2024-01-0" + str(i % 9 + 1),
                    "type": "home visit",
                    "author": "sjones",
                    "text": text,
                }
                for i, text in enumerate(notes, start=1)
            ],
        }
    )


STAFF = [User(username="sjones", display_name="Sarah Jones", role="social_worker")]


def assert_gone_and_kept(out: str, gone: Iterable[str], kept: Iterable[str], label: str = "") -> None:
    """Every `gone` value is absent from the redacted text and every `kept` word still in it: the
    check of the table tests that redact a note or a whole case and read its text."""
    prefix = f"{label}: " if label else ""
    for value in gone:
        assert value not in out, f"{prefix}{value!r} survived in {out!r}"
    for value in kept:
        assert value in out, f"{prefix}{value!r} was removed from {out!r}"
