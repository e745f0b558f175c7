"""Which notes record a significant event, of which kind, on which date: read from the content.

Type labels alone are not enough: a "case note" may record a police call-out, and a routine visit
may record a disclosure or a new adult in the home. So every rule is data (an event type, the
phrases that evidence it, and the note types that are significant by themselves) and a note is
selected when a phrase matches a sentence that is not negated, planned or recalled history.
Routine visits with no such sentence are left out, as councils' chronology guidance asks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.chronology.classifier import EventClassifier, shipped
from assistant.chronology.dates import BOOKED_KINDS, LOOKBACK_DAYS, dated_ahead, mentions, written_date
from assistant.chronology.further import classified, further_event, logged
from assistant.chronology.model import Event
from assistant.chronology.notifications import notification_events
from assistant.chronology.occasions import describe_source, make_event, occasion_date
from assistant.chronology.rules import (
    FURTHER_KINDS,
    NATIVE,
    PATTERNS,
    RULES_BY_TYPE,
    YIELDS_TO,
    EventRule,
)
from assistant.chronology.statements import (
    NEGATED,
    NOT_THIS_EVENT,
    affirmed,
    affirms,
    any_affirmed,
    called_off,
    clause,
    evidence_for,
    first_sentence,
    history_section,
    outcome_sentence,
    recalls_earlier_year,
    sentences,
)
from assistant.chronology.titled import titled_occasion
from retrieval.types import NoteRecord

_VISIT_IS_WORK = frozenset(
    {"assessment", "section_47", "cin_review", "cla_review", "placement_move", "court", "closure"}
)
"""Work a visit is part of: an "Assessment Visit" is a visit, not the assessment's completion. (A
visit filed as a missing episode, hospital attendance or return interview is that record.)"""

_VISIT_LABEL = re.compile(r"\bvisit\b", re.IGNORECASE)

_SETTING_NAME = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:School|Academy|College|Learning Centre|Pupil Referral Unit|PRU)\b"
)

_STARTED_AT = re.compile(r"\bstart(?:ed|s|ing)? (?:at|in) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")

_MEETINGS = frozenset({"strategy_discussion", "icpc", "rcpc", "cla_review", "cin_review"})
"""Meetings a note may be filed under although they were called off: then the label is not evidence."""

_WHEN = re.compile(r"\b(?:(?:the|this|last) weekend|last night|yesterday|this morning|earlier today)\b", re.IGNORECASE)
"""Words that place an event in time without a date the resolver reads: enough to make a reference a record."""

_INCIDENT_NATIVES = frozenset({"hospital", "police_incident", "missing_episode"})
"""Note types written after an incident: when no sentence names the note's own kind, the sentence
describing what happened ("was stabbed on Saturday night") dates it, not the opening "Mum rang"."""


def find_event(note: NoteRecord, known_settings: frozenset[str] = frozenset()) -> tuple[EventRule, str] | None:
    """The significant event a note records and the sentence that evidences it, or None if routine.

    A note whose own type is significant (a strategy discussion, a missing episode) is selected
    under that type; other notes are selected only on an affirmative sentence in their content,
    including a child starting at a school or provision the case's notes name (`known_settings`).
    A note labelled as a visit within some piece of work ("Assessment Visit") is routine unless
    its content says otherwise.
    """
    parts = [*sentences(note.text), note.title] if note.title else sentences(note.text)
    native = NATIVE.get(note.note_type)
    if native is not None and native.event_type in _VISIT_IS_WORK and _VISIT_LABEL.search(note.raw_type or ""):
        native = None
    if native is not None and native.event_type in _MEETINGS and called_off(native, parts):
        native = None
    if native is not None:
        for kind in YIELDS_TO.get(native.event_type, ()):
            evidence = affirmed(RULES_BY_TYPE[kind], parts)
            if evidence is not None:
                return RULES_BY_TYPE[kind], evidence
        described = any_affirmed(parts) if native.event_type in _INCIDENT_NATIVES else None
        own = evidence_for(native, [part for part in parts if not status_since(part, note.date)])
        return native, own or outcome_sentence(parts) or described or first_sentence(parts)
    recalled = history_section(note.text)
    current = [s for s in parts if not recalls_earlier_year(s, note.date) and s not in recalled]
    dated = {sentence: bool(mentions(sentence, note.date) or _WHEN.search(sentence)) for sentence in current}
    for rule, pattern in PATTERNS:
        for sentence in current:
            if rule.event_type in BOOKED_KINDS and dated_ahead(sentence, note.date):
                continue
            if affirms(pattern, sentence, rule.in_quotes, references=dated[sentence]):
                return rule, sentence
    started = _starts_at_known_setting(parts, known_settings)
    if started:
        return RULES_BY_TYPE["school_move"], started
    return titled_occasion(note, sentences(note.text))


_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)


def status_since(sentence: str, note_date: dt.date) -> bool:
    """Whether a sentence states a standing status from a date ("Looked after (s20) since
    18/08/2025 - placement change recorded 15/09"): a closing status line of the record, the
    background of now, which the opening account of what happened outranks as evidence."""
    return any(_SINCE.search(sentence[: m.start]) for m in mentions(sentence, note_date))


def education_settings(notes: Sequence[NoteRecord]) -> frozenset[str]:
    """The schools and provisions a case's notes name in full ("Highfield Lodge School"), by the
    short name workers use once the setting is known ("started at Highfield Lodge")."""
    return frozenset(
        " ".join(match["name"].split()).lower() for note in notes for match in _SETTING_NAME.finditer(note.text)
    )


def _starts_at_known_setting(parts: list[str], known_settings: frozenset[str]) -> str | None:
    for sentence in parts:
        for match in _STARTED_AT.finditer(sentence):
            name = match["name"].lower()
            known = any(setting == name or setting.startswith(f"{name} ") for setting in known_settings)
            own_clause = clause(sentence, match.start(), match.end())
            if known and not NEGATED.search(sentence[: match.start()]) and not NOT_THIS_EVENT.search(own_clause):
                return sentence
    return None


def select(
    note: NoteRecord, lookback_days: int = LOOKBACK_DAYS, known_settings: frozenset[str] = frozenset()
) -> Event | None:
    """The main event a note records, dated by the event and not by the writing, or None if routine."""
    found = find_event(note, known_settings)
    if found is None:
        return None
    rule, evidence = found
    parts = sentences(note.text)
    if evidence == note.title and parts:
        evidence = parts[0]  # a title is a label ("Missing episode"), not a description of what happened
    return make_event(note, rule, evidence, parts, occasion_date(rule, evidence, parts, note, lookback_days))


def select_events(
    note: NoteRecord,
    lookback_days: int = LOOKBACK_DAYS,
    known_settings: frozenset[str] = frozenset(),
    classifier: EventClassifier | None = None,
) -> list[Event]:
    """Every event a note records: its main event, then each further kind of event the note
    affirms on a date of its own ("reported missing on Friday (10th)" in a contact written on the
    13th; "located 23/04 ... arrested" in a notification of a missing episode from the 21st).

    A further event needs a date stated in its sentence (or the sentence just before it) that
    differs from every date already taken from the note: an undated mention of the same episode
    adds nothing a supervisor could place, and most are the main event told again.

    With a `classifier`, sentences it reads as a kind of event the rules did not take are added
    last, under the same filters and dating (see `classified`).
    """
    main = select(note, lookback_days, known_settings)
    parts = sentences(note.text)
    written = written_date(note.text, note.date, lookback_days)
    notified = notification_events(note, main, parts, written, lookback_days)
    events = notified if notified is not None else [] if main is None else [main]
    recalled = history_section(note.text)
    for rule in FURTHER_KINDS:
        if any(event.event_type == rule.event_type for event in events):
            continue
        found = further_event(rule, [part for part in parts if part not in recalled], written, lookback_days, events)
        if found is not None:
            evidence, event_date = found
            events.append(make_event(note, rule, evidence, parts, event_date))
    events.extend(logged(note, parts, written, lookback_days, events, recalled, classifier))
    if classifier is not None:
        proposed = classified(note, parts, written, lookback_days, events, classifier)
        events.extend(event for event in proposed if event.evidence not in recalled)
    return events


def select_all(
    notes: Sequence[NoteRecord], lookback_days: int = LOOKBACK_DAYS, classifier: EventClassifier | bool | None = True
) -> list[Event]:
    """Every event the notes record; `notes` are one reader's view of one case, so the school
    names learned from them are that reader's too.

    `classifier` True reads with the shipped event model too (loaded on first use), False with the
    rules alone; a model passed in is used instead of the shipped one (cross-validation).
    """
    settings = education_settings(notes)
    reader = shipped() if classifier is True else (classifier or None)
    return [event for note in notes for event in select_events(note, lookback_days, settings, reader)]


__all__ = [
    "describe_source",
    "education_settings",
    "find_event",
    "history_section",
    "select",
    "select_all",
    "select_events",
    "sentences",
]
