"""Events a note records besides its main one: a further kind with a date of its own, one event per
dated listed line, and the sentences the trained classifier proposes.

Long notes (updates, supervision records, transfer summaries, minutes) record several events; each
further event needs a date stated for it that differs from every date already taken from the note,
so the main event is not listed twice.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chronology.classifier import EventClassifier
from assistant.chronology.dates import BOOKED_KINDS, dated_ahead, stated_event_date
from assistant.chronology.model import Event
from assistant.chronology.occasions import make_event, occasion_date
from assistant.chronology.rules import (
    NEEDS_CASE_CONTEXT,
    OWN_SENTENCE_DATED,
    PATTERNS,
    RULES_BY_TYPE,
    YIELDS_TO,
    EventRule,
)
from assistant.chronology.statements import (
    RECAP,
    affirms,
    clause,
    plain_statement,
    recalls_earlier_year,
    sentences,
)
from retrieval.types import NoteRecord

_FOUND = re.compile(r"\b(?:found|located|traced|returned|brought (?:home|back))\b", re.IGNORECASE)


def classified(
    note: NoteRecord,
    parts: list[str],
    written: dt.date,
    lookback_days: int,
    taken: list[Event],
    classifier: EventClassifier,
) -> list[Event]:
    """Events of kinds the rules did not take from this note, from sentences the classifier reads
    as recording one.

    A proposed sentence passes the filters the rules apply (planned, history, called off, an
    earlier year, quoted, negated), then is dated like a rule's evidence. In a note the rules
    already took, a proposal is a further event and needs a date stated in its sentence (or the
    one before) that differs from every date taken, exactly as `further_event` asks of the rules; in a
    note the rules left out, the first proposal is the note's event, dated by `occasion_date`.

    Sentences the model reads less surely (at least `DATED_UNIT_PROBABILITY`) come after those it
    is sure of, and are taken only as `dated_unit`s: dated by their own sentence alone.
    """
    added: list[Event] = []
    kinds = {event.event_type for event in taken}
    read = classifier.classify(parts, note.note_type, min(DATED_UNIT_PROBABILITY, classifier.threshold))
    sure = [(index, kind) for index, (kind, probability) in enumerate(read) if probability >= classifier.threshold]
    for index, kind in sure:
        rule, sentence = RULES_BY_TYPE.get(kind), parts[index]
        if rule is None or kind in kinds or not _proposable(kind, sentence, note, bool(taken or added)):
            continue
        if taken or added:
            neighbours = [sentence] if index == 0 else [sentence, parts[index - 1]]
            stated = next(
                (d for s in neighbours if (d := stated_event_date(s, written, lookback_days, kind)) is not None), None
            )
            if stated is None or any(stated == event.event_date for event in (*taken, *added)):
                continue
            added.append(make_event(note, rule, sentence, parts, stated))
        else:
            added.append(
                make_event(note, rule, sentence, parts, occasion_date(rule, sentence, parts, note, lookback_days))
            )
        kinds.add(kind)
    for index, (kind, probability) in enumerate(read):
        rule, sentence = RULES_BY_TYPE.get(kind), parts[index]
        if probability >= classifier.threshold or rule is None or kind in kinds:
            continue
        if not _proposable(kind, sentence, note, bool(taken or added)):
            continue
        stated = dated_unit(rule, sentence, written, lookback_days, [*taken, *added])
        if stated is not None:
            added.append(make_event(note, rule, sentence, parts, stated))
            kinds.add(kind)
    return added


def _proposable(kind: str, sentence: str, note: NoteRecord, further: bool) -> bool:
    """Whether a proposed sentence passes the rules' filters; a further event is never a recap."""
    if kind in NEEDS_CASE_CONTEXT or not plain_statement(sentence, note.date):
        return False
    return not (further and RECAP.search(sentence))


DATED_UNIT_PROBABILITY = 0.7
"""How sure the classifier must be of a sentence's kind when the sentence places what it tells on a
day of its own (see `dated_unit`); proposals without such a date still need the model's threshold.
Chosen on independent7..independent14 (0.35, 0.5, 0.7 tried; 0.35 cost independent10 0.03 precision,
0.7 kept the gains of 0.5 with fewer false entries) and checked on the other eight corpora."""


def dated_unit(
    rule: EventRule, sentence: str, written: dt.date, lookback_days: int, taken: list[Event]
) -> dt.date | None:
    """The day a sentence places a done thing on, when the sentence is a unit of the chronology of
    its own: it tells something done ("went back to a full timetable on Monday 2nd June"), not a
    plan, and states for it an earlier date of its own that differs from every date already taken
    from the note.

    Long notes (reviews, supervision records, transfer summaries) tell several events, each in a
    sentence or list item with its own date, and a writer who dates a sentence is placing an event
    on that day: the date is the layout's evidence that the sentence is an entry, as a dated list
    item is in `logged`. So a proposal of the classifier below its threshold (but at least
    `DATED_UNIT_PROBABILITY`) is taken when, and only when, its own sentence dates it; the
    sentence before is not asked, since another sentence's date belongs to another event.
    """
    if _AHEAD.search(sentence) or not _PAST_DOING.search(sentence):
        return None
    stated = stated_event_date(sentence, written, lookback_days, rule.event_type)
    if stated is None or any(stated == event.event_date for event in taken):
        return None
    return stated


_LOG_LINE = re.compile(r"^\s*(?:[-–•*>]|\d{1,2}[.)])\s+")
"""A bulleted or numbered line: practitioners list what happened since the last record one line each
("- Sat 1st March: arrested at his flat ...", "- LADO meeting 16 Dec: allegation substantiated")."""

_TALKED_OF = re.compile(r"\b(?:discussed|mentioned|raised|noted|considered)\b", re.IGNORECASE)
"""A listed item saying something was talked about ("MACE panel 24/4: Maisy discussed") records a
conversation; the rules may still take it when its words name an event."""

_ITEM_HEAD = re.compile(r"[^:]{1,60}:")
"""The head of a listed item, up to its colon: "Mon 3rd March:", "LADO meeting 16 Dec:". The item's
date must stand in its head; a date further into the item belongs to what the item goes on to say
("Registered with the GP on 19/3", "funding agreed at panel 1/9") and is not the item's occasion."""

_REFERS_BACK = re.compile(r"\bas per\b|\bsee (?:separate|previous|earlier|above)\b", re.IGNORECASE)
"""A listed item that points at another record ("Account as per DSL call on 6/2") adds no event."""


def logged(
    note: NoteRecord,
    parts: list[str],
    written: dt.date,
    lookback_days: int,
    taken: list[Event],
    recalled: frozenset[str],
    classifier: EventClassifier | None = None,
) -> list[Event]:
    """One event per listed line that affirms a kind of event and states a date of its own.

    A note laid out as a list (an update, a supervision record, a transfer summary) records each
    item on its own day, often several of one kind ("Mon 3rd: ABE interview", "Tues 4th: phone
    seized"); the one-per-kind further events would keep only the first. The date must stand in the
    item's head, before its colon, and differ from every date already taken from the note, so the
    main event is not listed twice.
    A plain dated line whose words the rules do not know is still an item the writer chose to
    list: with a `classifier`, it is taken under the kind the classifier finds likeliest.
    """
    added: list[Event] = []
    for line in note.text.splitlines():
        if not _LOG_LINE.match(line):
            continue
        first = next(iter(sentences(_LOG_LINE.sub("", line, count=1))), "")
        if not first or first in recalled or recalls_earlier_year(first, note.date) or _REFERS_BACK.search(first):
            continue
        rule = known = next((r for r, p in PATTERNS if affirms(p, first, r.in_quotes, references=True)), None)
        if (
            rule is None
            and classifier is not None
            and plain_statement(first, note.date)
            and not _TALKED_OF.search(first)
        ):
            rule = RULES_BY_TYPE.get(classifier.likeliest_kind(first, note.note_type))
        head = _ITEM_HEAD.match(first)
        stated = stated_event_date(head[0], written, lookback_days, rule.event_type) if rule and head else None
        if rule is not None and stated is None:
            body = first[head.end() :] if head else first
            stated = _dated_in_body(rule, body, written, lookback_days, proposed=rule is not known)
        if rule is None or stated is None or any(stated == event.event_date for event in (*taken, *added)):
            continue
        added.append(make_event(note, rule, first, parts, stated))
    return added


_PAST_DOING = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|went|met|saw|seen|held|had|began|begun|took|made|gave|came|left|got|ran|told|"
    r"sent|found|became|sat|spent|stole|hit|broke|kept|won|lost)\b",
    re.IGNORECASE,
)
"""A verb of something done ("attended CAMHS on 20/2", "was excluded on 14.3", "moved back")."""
_AHEAD = re.compile(
    r"\b(?:will|shall|going to|to be|(?:need|needs|needed|hope|hopes|hoped|expected|intends?|planned|plans?|booked|"
    r"due|awaiting|next|would|should)\b|to (?:start|attend|begin|move|have|see|meet|go|complete|undertake|make|"
    r"review|hold|return|take|arrange|commence|continue|visit|discuss|agree|consider|apply|refer|book|follow))\b",
    re.IGNORECASE,
)
"""Words of a plan in a listed item ("- Health: to attend CAMHS on 20/2", "will move on 1/3")."""


_OPENING_CLAUSE = re.compile(r"[^;:,]*\w[^;:,]*")
_ROUTINE = re.compile(
    r"\bregistered with (?:a |the |his |her |their )?(?:gp|dentist|optician|surgery|doctor)", re.IGNORECASE
)
"""Registering with a GP or dentist: routine for every child who moves, logged but never counted."""


def _dated_in_body(
    rule: EventRule, body: str, written: dt.date, lookback_days: int, proposed: bool = False
) -> dt.date | None:
    """The date a listed item's body gives for its event, when the clause naming the event says it
    was done and dates it ("- Health: attended CAMHS on 20/2", "• Education - excluded for 2 days on
    14.3"). A topic head ("Health:") carries no date, so the item's own event is dated in its body;
    a plan ("to attend", "will move", "booked for") is still refused, and so is a date in another
    clause of the item, which belongs to what the item goes on to say. For a kind the classifier
    `proposed` (the rules do not know the item's words) only the item's opening clause can date
    it: an item opens with its own event ("K attended CAMHS on 20/2, not accepted"), and a dated
    clause further on is a sequel ("relapse Dec, re-engaged with the service on 20th Jan"). A
    routine registration ("Registered with the GP on 19/3") is never an event of its own."""
    if proposed:
        opening = _OPENING_CLAUSE.search(body)
        spans = [] if opening is None or _ROUTINE.search(opening[0]) else [opening.span()]
    else:
        spans = [match.span() for match in rule.pattern().finditer(body)]
    for start, end in spans:
        part = clause(body, start, end)
        if _AHEAD.search(part) or not _PAST_DOING.search(part):
            continue
        stated = stated_event_date(part, written, lookback_days, rule.event_type)
        if stated is not None:
            return stated
    return None


def further_event(
    rule: EventRule, parts: list[str], written: dt.date, lookback_days: int, taken: list[Event]
) -> tuple[str, dt.date] | None:
    """The first sentence affirming `rule` with a stated date of its own, not already taken.

    A police sentence about finding or returning a child belongs to the missing episode the note
    records, not to a separate police incident.
    """
    pattern = rule.pattern()
    missing = any(event.event_type == "missing_episode" for event in taken)
    for index, sentence in enumerate(parts):
        if (
            RECAP.search(sentence)
            or (rule.event_type in BOOKED_KINDS and dated_ahead(sentence, written))
            or not affirms(pattern, sentence, rule.in_quotes, references=True)
        ):
            continue
        if missing and rule.event_type in YIELDS_TO and _FOUND.search(sentence):
            continue
        own_only = index == 0 or rule.event_type in OWN_SENTENCE_DATED
        neighbours = [sentence] if own_only else [sentence, parts[index - 1]]
        stated = next(
            (d for s in neighbours if (d := stated_event_date(s, written, lookback_days, rule.event_type)) is not None),
            None,
        )
        if stated is not None and all(stated != event.event_date for event in taken):
            return sentence, stated
    return None
