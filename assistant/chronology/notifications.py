"""A police notification that records its screening holds two events: the incident and the day
children's services took it up.

Notifications reach the front door days after the incident ("PVP rec'd MASH 13/01 ... occurrence on
Sat 11/01"), and many record the screening decision on the day they were received ("MASH
screening: threshold met for single assessment", "MASH outcome: refer to Family Help"). A
supervisor reading the chronology needs both lines: the incident on its own day, and the contact
on the day it was screened. A notification with no decision recorded stays the incident alone.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chronology.further import further_event
from assistant.chronology.model import Event
from assistant.chronology.occasions import make_event
from assistant.chronology.rules import NATIVE, RULES_BY_TYPE
from assistant.chronology.statements import NOT_THIS_EVENT
from retrieval.types import NoteRecord

_SCREENING = re.compile(
    r"\b(?:mash|screening|duty|tm|manager'?s?)\b[^.:\n]{0,25}\b(?:screening|outcome|decision)\b[^:\n]{0,20}:"
    r"|\bthreshold (?:is |was )?(?:met|not met)\b|\bmeets the threshold\b"
    r"|\breferral (?:made|passed) to (?:the )?(?:mash|children'?s social care|csc|cp team|assessment team)\b",
    re.IGNORECASE,
)
"""The screening recorded in the notification: a labelled decision or a threshold outcome."""

_INCIDENT = RULES_BY_TYPE["police_incident"]
_CONTACT = RULES_BY_TYPE["contact"]


def screening_sentence(parts: list[str]) -> str | None:
    """The first sentence recording a screening decision, not one still to be made."""
    return next((s for s in parts if _SCREENING.search(s) and not NOT_THIS_EVENT.search(s)), None)


def notification_events(
    note: NoteRecord, main: Event | None, parts: list[str], written: dt.date, lookback_days: int
) -> list[Event] | None:
    """The incident and the screening contact of a police notification that records its decision,
    or None when the note is not one (then its main event stands as selected).

    When the main event was dated by the day received, the incident is the first police sentence
    of the account stating an earlier day; without one, the note stays as it was selected.
    """
    if main is None or main.event_type != _INCIDENT.event_type or NATIVE.get(note.note_type) is not _INCIDENT:
        return None
    decision = screening_sentence(parts)
    if decision is None:
        return None
    contact = make_event(note, _CONTACT, decision, parts, written)
    if main.event_date != written:
        return [main, contact]
    found = further_event(_INCIDENT, parts, written, lookback_days, [contact])
    if found is None:
        return None
    evidence, day = found
    return [make_event(note, _INCIDENT, evidence, parts, day), contact]
