"""The import format: the contract councils' exports are converted to.

These models are the single source of the JSON Schema in docs/import-format.md.
Unknown fields are ignored so that exports carrying extra columns still load.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

MAX_NOTE_CHARS = 100_000
"""A note longer than this is rejected: real case notes run to a few thousand characters, and
anything past this is almost always a whole document pasted into a note by mistake."""

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")

Identifier = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class CaseStatus(StrEnum):
    EARLY_HELP = "early_help"
    CHILD_IN_NEED = "child_in_need"
    CHILD_PROTECTION = "child_protection"
    LOOKED_AFTER = "looked_after"
    CARE_LEAVER = "care_leaver"
    CLOSED = "closed"


class Sensitivity(StrEnum):
    STANDARD = "standard"
    RESTRICTED = "restricted"


class Role(StrEnum):
    SOCIAL_WORKER = "social_worker"
    TEAM_MANAGER = "team_manager"
    GOVERNANCE_LEAD = "governance_lead"
    ADMIN = "admin"


def parse_event_date(value: object) -> dt.date:
    """Accept ISO 8601 dates (optionally with a time) and nothing else.

    Exports write dates in many local formats; guessing between 03/04 and 04/03 would silently
    put events on the wrong day of a chronology, so anything but ISO is refused.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 date string, got {type(value).__name__} {value!r}")
    match = _ISO_DATE.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a valid date (expected YYYY-MM-DD)")
    year, month, day = (int(g) for g in match.groups()[:3])
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"{value!r} is not a valid date") from None


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)


class Child(_Record):
    person_id: Identifier
    given_name: Name
    family_name: Name
    date_of_birth: dt.date | None = None
    gender: str | None = None
    ethnicity: str | None = None
    religion: str | None = None
    nhs_number: str | None = None
    address: str | None = None
    school: str | None = None

    _dob = field_validator("date_of_birth", mode="before")(
        lambda v: None if v is None else parse_event_date(v)
    )

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


class Person(_Record):
    """Someone on the case record: a parent, carer, sibling, partner or professional."""

    person_id: Identifier
    given_name: Name
    family_name: Name
    relationship: Name
    date_of_birth: dt.date | None = None
    phone: str | None = None
    address: str | None = None

    _dob = field_validator("date_of_birth", mode="before")(
        lambda v: None if v is None else parse_event_date(v)
    )

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


class Note(_Record):
    note_id: Identifier
    date: dt.date = Field(description="The date of the event the note records (not the date it was written).")
    type: Name = Field(description="The note type as the export writes it; mapped to a canonical type on import.")
    author: Name
    title: str | None = None
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_NOTE_CHARS)]
    sensitivity: Sensitivity = Sensitivity.STANDARD

    _date = field_validator("date", mode="before")(parse_event_date)


class Case(_Record):
    case_id: Identifier
    team: Name
    status: CaseStatus
    restricted: bool = False
    allocated_worker: Identifier
    access_list: list[Identifier] = Field(default_factory=list)
    child: Child
    people: list[Person] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)


class User(_Record):
    username: Identifier
    display_name: Name
    role: Role
    teams: list[Name] = Field(default_factory=list)
