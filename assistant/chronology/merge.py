"""Notes describing the same event become one entry that cites all of them.

A missing episode is typically recorded three times (the police report, the worker's note, the
return home interview); a supervisor wants one line citing all three, not three lines. Events of
the same kind within a short window of each other are taken to be the same event; the window is
per kind, because two court hearings a day apart are two hearings but a police call-out reported
the next morning is one call-out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.chronology.dates import followed_up_dates, written_date
from assistant.chronology.model import NOT_RECORDED, Event

MERGE_WINDOW_DAYS: dict[str, int] = {
    "missing_episode": 2,
    "police_incident": 2,
    "hospital": 2,
    "injury": 1,
    "disclosure": 1,
    "placement_move": 2,
    "household_change": 2,
}
"""Kinds not listed merge only on the same day."""

ABSORBED_BY: dict[str, frozenset[str]] = {
    "injury": frozenset({"hospital", "police_incident"}),
}
"""An injury recorded beside a hospital attendance or a police call-out within the window is what
that attendance or call-out was about: one event, told by the hospital, the police and the worker."""

REPEAT_MENTION_DAYS = 90
_NEW_ADULT = re.compile(
    r"\bnew (?:partner|boyfriend|girlfriend|fella|bloke|male|man|adult|woman|female)\b|\b(?:unknown|unidentified) (?:male|man|adult)\b"
    r"|\b(?:now living|moved in|moving in|staying|stays? (?:over|most nights|every night|the night))\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\[[A-Z][A-Z'’ \-]*(?: \d+)?\]")
_RELATION = re.compile(r"\b(?:boyfriend|girlfriend|partner|fella|bloke)\b", re.IGNORECASE)
_FAMILY_TOKENS = frozenset({"[CHILD]", "[MOTHER]", "[FATHER]"})
"""Tokens in nearly every note of a case; sharing them says nothing about sharing an event."""

_NATIVE_NOTE_TYPES: dict[str, frozenset[str]] = {
    "missing_episode": frozenset({"missing_episode"}),
    "police_incident": frozenset({"police_incident"}),
    "hospital": frozenset({"hospital"}),
    "placement_move": frozenset({"placement_move"}),
    "court": frozenset({"court"}),
    "closure": frozenset({"closure"}),
    "return_home_interview": frozenset({"return_home_interview"}),
}


@dataclass(frozen=True)
class EventGroup:
    """One real-world event and every note that records it."""

    events: tuple[Event, ...]

    @property
    def primary(self) -> Event:
        """The note that speaks for the event: one of its own type if any, else the earliest written."""
        native = _NATIVE_NOTE_TYPES.get(self.event_type, frozenset({self.event_type}))
        own = [event for event in self.events if event.note_type in native]
        return min(own or self.events, key=lambda event: (event.note_date, event.note_id))

    @property
    def date(self) -> dt.date:
        return min(event.event_date for event in self.events)

    @property
    def event_type(self) -> str:
        """The kind that absorbed the others: the hospital attendance, not the injury it treated."""
        return next((e.event_type for e in self.events if e.event_type not in ABSORBED_BY), self.events[0].event_type)

    @property
    def note_ids(self) -> tuple[str, ...]:
        ordered = sorted(self.events, key=lambda event: (event.note_date, event.note_id))
        return tuple(dict.fromkeys(event.note_id for event in ordered))

    @property
    def source(self) -> str:
        ordered = sorted(self.events, key=lambda event: (event.note_date, event.note_id))
        return "; ".join(dict.fromkeys(event.source for event in ordered))

    @property
    def impact(self) -> str:
        return self._first_recorded("impact")

    @property
    def action(self) -> str:
        return self._first_recorded("action")

    @property
    def details(self) -> frozenset[str]:
        return frozenset(event.detail for event in self.events if event.detail)

    def _first_recorded(self, name: str) -> str:
        candidates = [self.primary, *self.events]
        return next((value for event in candidates if (value := getattr(event, name)) != NOT_RECORDED), NOT_RECORDED)


def _mentions_again(event: Event, group: Sequence[Event]) -> bool:
    """A later visit that again calls the same person "Mum's new partner" is not a new household
    change: the same pseudonym, the same kind of phrase, within REPEAT_MENTION_DAYS."""
    if event.event_type != "household_change" or not _NEW_ADULT.search(event.evidence):
        return False
    people = _people(event.evidence)
    return any(
        event.event_date - earlier.event_date <= dt.timedelta(days=REPEAT_MENTION_DAYS)
        and _NEW_ADULT.search(earlier.evidence)
        and people & _people(earlier.evidence)
        for earlier in group
    )


def _follows_up(event: Event, group: Sequence[Event]) -> bool:
    """A note dated by its own writing that says it follows up an earlier event of the same kind on
    a stated date ("Further to the hearing on the 21st inst, sealed order attached") is that
    event's record, not a second hearing. A note whose event states a date of its own is its own."""
    if event.event_date != written_date(event.text, event.note_date):
        return False
    referred = followed_up_dates(event.text, event.note_date)
    return any(member.event_date in referred for member in group)


STATED_APART_DAYS = 2
"""Two notes that each state their own day for an occurrence, this many days or more apart, record
two occurrences (a re-arrest on the 1st, a withdrawn statement on the 3rd); a day apart is one
occurrence told either side of midnight."""


def _told_apart(event: Event, group: Sequence[Event]) -> bool:
    """Whether the event and every member of the group state days of their own, other than the day
    each was written, and the event's is at least STATED_APART_DAYS after the latest member's. A
    sentence that also names a member's day ("missing 26-28 Sept" beside "missing on Thurs 26th")
    tells the same occurrence across its days."""
    stated = [member for member in group if member.event_date != member.note_date]
    return (
        event.event_date != event.note_date
        and len(stated) == len(group)
        and event.event_date - max(member.event_date for member in stated) >= dt.timedelta(days=STATED_APART_DAYS)
        and not any(_names_day(event.evidence, member.event_date) for member in group)
    )


def _names_day(sentence: str, day: dt.date) -> bool:
    return re.search(rf"(?<![\d/.]){day.day}(?:st|nd|rd|th)?\b", sentence) is not None


def _people(text: str) -> set[str]:
    """Who the sentence is about: its pseudonyms, or when it names nobody, the relationship word
    ("Mum's boyfriend"), which within REPEAT_MENTION_DAYS is taken to be the same person."""
    tokens = {token for token in _TOKEN.findall(text) if token not in _FAMILY_TOKENS}
    return tokens or {word.lower() for word in _RELATION.findall(text)}


def _same_kind(first: str, second: str) -> bool:
    return (
        first == second
        or second in ABSORBED_BY.get(first, frozenset())
        or first in ABSORBED_BY.get(second, frozenset())
    )


def merge(events: Sequence[Event]) -> list[EventGroup]:
    """Group events of one case that describe the same occurrence; groups come back in date order."""
    groups: list[list[Event]] = []
    for event in sorted(events, key=lambda e: (e.event_date, e.note_date, e.note_id)):
        window = dt.timedelta(days=MERGE_WINDOW_DAYS.get(event.event_type, 0))
        target = next(
            (
                group
                for group in reversed(groups)
                if group[0].case_id == event.case_id
                and any(_same_kind(member.event_type, event.event_type) for member in group)
                and (
                    (event.event_date - max(e.event_date for e in group) <= window and not _told_apart(event, group))
                    or _mentions_again(event, group)
                    or _follows_up(event, group)
                )
            ),
            None,
        )
        if target is None:
            groups.append([event])
        else:
            target.append(event)
    return sorted((EventGroup(tuple(group)) for group in groups), key=lambda g: (g.date, g.primary.note_id))
