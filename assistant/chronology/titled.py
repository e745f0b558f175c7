"""Records of an occasion: a note whose type and title say what happened, while its body never does.

Practitioners file the minutes of a professionals' meeting, a panel's outcome, an EHCP review or
a carer's assessment under a record type of its own ("Professionals Meeting", "Short breaks",
"Carers assessment") with a title naming the occasion; the body then records who attended and
what was said, never "the meeting was held". Such a record *is* the event: the occasion took place,
and a supervisor expects it on the chronology. Content rules cannot see it (no event word), so this
rule reads the layout instead:

- the note is filed under a type the vocabulary does not know (it maps to a plain case note) or
  under a health record type: the author chose a specific kind of record, not a running log;
- its title (or raw type) names a formal occasion (meeting, minutes, panel, conference, review,
  assessment, appointment, interview);
- it is not correspondence about an occasion (a letter, email or text thread), not one numbered
  sitting of a recurring routine series ("TAF 2", "Core group 3"), not a planning meeting (the
  event is what it plans), not an occasion missed or called off, and not a report prepared *for*
  a later meeting.

It is asked last, only when no content rule selected the note, so it never changes what a note
with an event sentence records.
"""

from __future__ import annotations

import re

from assistant.chronology.dates import mentions
from assistant.chronology.rules import RULES_BY_TYPE, EventRule
from retrieval.types import NoteRecord

_OCCASION = re.compile(
    r"\b(?:meeting|minutes|panel|conference|review|assessment|appointment|appt|interview)s?\b", re.IGNORECASE
)
"""Nouns naming a formal occasion that takes place on a day."""

_HEALTH_OCCASION = re.compile(r"\b(?:appointment|appt)s?\b", re.IGNORECASE)

_CORRESPONDENCE = re.compile(
    r"\b(?:letter|email|e-mail|correspondence|texts?|text messages?|messages|whatsapp)\b", re.IGNORECASE
)
"""A record of correspondence about an occasion is not the occasion ("Letter to mother after conference")."""

_NOT_HELD = re.compile(
    r"\b(?:missed|cancelled|canceled|rearranged|postponed|not attended|dna|did not attend|planning)\b"
    r"|\bfor (?:the |a |an |next )?[\w-]+(?: [\w-]+)? (?:meeting|panel|conference|review)\b",
    re.IGNORECASE,
)
"""Titles naming an occasion that did not happen, one that plans the event, or a report for a later one."""

_SERIES = re.compile(r"^\s*[A-Za-z][\w' ]{0,30}?\s\d{1,2}\b(?![/.:]\d)")
"""A numbered sitting of a recurring series ("TAF 1", "Core group 2 - review"): routine, not an event."""

_ROUTINE_HEALTH_REVIEW = re.compile(r"\b(?:review health assessment|rha)s?\b", re.IGNORECASE)
"""A looked-after child's review health assessment recurs on a timetable, like a statutory visit:
routine unless its content records something (the initial health assessment is an event)."""

_WHEN = re.compile(
    r"\b(?:yesterday|today|this morning|last (?:night|week)|on (?:mon|tue|wed|thu|fri|sat|sun))", re.IGNORECASE
)

OPENING_SENTENCES = 3
"""How far into a record its occasion's date is looked for: records of an occasion state it first."""

_SPECIFIC_RECORDS = frozenset({"case_note", "health"})
"""Mapped note types meaning the author filed a specific kind of record the vocabulary does not name
(case_note is where unknown types land), or a health record."""

_GENERIC_TYPES = re.compile(r"^\s*(?:case ?note|note|general|record|update|other)\s*$", re.IGNORECASE)


def titled_occasion(note: NoteRecord, parts: list[str]) -> tuple[EventRule, str] | None:
    """The occasion a note's type and title say it records, with the opening sentence that dates
    it as evidence (such records state the occasion and its day first), or None."""
    if note.note_type not in _SPECIFIC_RECORDS or not parts:
        return None
    raw = note.raw_type or ""
    title = note.title or ""
    labels = [label for label in (title, "" if _GENERIC_TYPES.match(raw) else raw) if label]
    if not any(_OCCASION.search(label) for label in labels):
        return None
    if any(_excluded(label) for label in labels):
        return None
    health = note.note_type == "health" or any(_HEALTH_OCCASION.search(label) for label in labels)
    return RULES_BY_TYPE["health" if health else "assessment"], _dated_opening(note, parts)


def _excluded(label: str) -> bool:
    return bool(
        _CORRESPONDENCE.search(label)
        or _NOT_HELD.search(label)
        or _SERIES.match(label)
        or _ROUTINE_HEALTH_REVIEW.search(label)
    )


def _dated_opening(note: NoteRecord, parts: list[str]) -> str:
    """The first opening sentence that dates something (a confidentiality line often comes first),
    else the first sentence."""
    for sentence in parts[:OPENING_SENTENCES]:
        if mentions(sentence, note.date) or _WHEN.search(sentence):
            return sentence
    return parts[0]
