"""When an event happened and where its record came from: a selected sentence becomes an `Event`
dated by the occasion, not by the writing.

The evidence sentence is asked first, then the sentences about the same kind of event, the lines
beside it that open with a date, and the note's headings (see `assistant.chronology.dates`).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chronology import extract
from assistant.chronology.dates import (
    SENDER,
    another_occasion_done,
    dates_only_a_discharge,
    event_date,
    mentions,
    written_date,
)
from assistant.chronology.model import Event
from assistant.chronology.rules import (
    NATIVE,
    EventRule,
)
from assistant.chronology.statements import NOT_THIS_EVENT, sentences
from retrieval.types import NoteRecord

_EVENT_CUE = re.compile(r"\b(?:incident|occurred|happened|took place|was held|on the night of)\b", re.IGNORECASE)
"""Sentences that date the event without naming its kind: "Incident at the home last Wednesday"."""

_DATE_LEAD_WORDS = 3
"""At most this many words before a line's first date for the line to be dated by it ("Hearing Thurs 23rd Oct")."""

_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)
"""An evidence sentence saying "today" is dated by the note: its neighbours' dates are not asked."""

_CONTINUES = re.compile(r"^(?:he|she|they|it|this|[A-Z][a-z]+ was then)\b", re.IGNORECASE)
"""A sentence that continues the one before ("He was taken by ambulance...") shares its date."""

_RESPONSES = frozenset(
    {
        "strategy_discussion",
        "section_47",
        "icpc",
        "rcpc",
        "cla_review",
        "cin_review",
        "return_home_interview",
        "assessment",
    }
)
"""Meetings, enquiries and interviews held in response to something earlier, which their notes name
with its own date."""

_TRIGGER = re.compile(
    r"\b(?:following|after|since|further to|in response to|because of|due to|regarding|concerning|about|re)\b:?\s+"
    r"(?:the|a|an|her|his|their|this|that|mum's|dad's|last)\b",
    re.IGNORECASE,
)

_DOMESTIC = re.compile(r"\b(?:domestic|dv|partner|argument|assault)\b", re.IGNORECASE)

_PLAN_END = re.compile(
    r"\b(?:child protection|cp) plan (?:was |has been |to be )?(?:ended|ceased|discontinued|removed)|"
    r"\bstepped down (?:from (?:a )?(?:child protection|cp) plan )?to|\bno longer (?:subject to|on) (?:a )?(?:child protection|cp) plan|"
    r"\bcase (?:closed|closure)",
    re.IGNORECASE,
)

_PLAN_START = re.compile(
    r"\b(?:became|made|be made|will be|is now|now|remain(?:s|ed)?) (?:the )?subject (?:to|of) (?:a )?(?:child protection|cp) plan",
    re.IGNORECASE,
)

_ORIGIN = re.compile(
    r"\b(?:from|by|informed|notified|told|reported|rang|called|calling|caller|phoned|emailed)\b[^.;]{0,40}",
    re.IGNORECASE,
)
"""Where the opening sentences say the information came from: "a call from PC ...", "the school informed"."""

_AGENCIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "police",
        re.compile(
            r"\bpolice|\bpvp\b|\bpolice officer|\b(?:pc|dc|ds|sgt)\b|\bdv notification|\bdomestic abuse notification",
            re.IGNORECASE,
        ),
    ),
    ("school", re.compile(r"\bschool|\bdsl\b|\bteacher|\bacademy\b|\bcollege\b", re.IGNORECASE)),
    (
        "health",
        re.compile(
            r"\bhospital|\bgp\b|\bhealth visitor|\bcamhs\b|\bnurse|\bpaediatric|\ba ?& ?e\b|\bmidwife", re.IGNORECASE
        ),
    ),
    ("court", re.compile(r"\bcourt\b|\bjudge\b|\bmagistrates\b", re.IGNORECASE)),
)


def make_event(note: NoteRecord, rule: EventRule, evidence: str, parts: list[str], event_date: dt.date) -> Event:
    return Event(
        note_id=note.note_id,
        case_id=note.case_id,
        event_type=rule.event_type,
        event_date=event_date,
        note_date=note.date,
        note_type=note.note_type,
        source=describe_source(note),
        evidence=evidence,
        text=note.text,
        title=note.title,
        impact=extract.impact(note.text, parts, evidence),
        action=extract.action(note.text, parts, evidence),
        detail=_detail(rule, note.text),
    )


def describe_source(note: NoteRecord) -> str:
    """Which note and which agency: 'PVP of 2023-03-05 (note N-12; police)'.

    The agency is who the information came from: the note's type or title when it names one
    ("DV Notification", "School Liaison"), else whoever the opening sentences say it came from
    ("a call from PC ..."), else children's social care (its own meetings and visits).
    """
    labels = " ".join(filter(None, (note.raw_type, note.title)))
    opening = " ".join(sentences(note.text)[:2])
    origin = " ".join(match.group(0) for match in _ORIGIN.finditer(opening))
    agency = next(
        (name for text in (labels, origin) for name, pattern in _AGENCIES if text and pattern.search(text)),
        "children's social care",
    )
    return f"{note.raw_type or note.note_type} of {note.date.isoformat()} (note {note.note_id}; {agency})"


def occasion_date(rule: EventRule, evidence: str, parts: list[str], note: NoteRecord, lookback_days: int) -> dt.date:
    """The earlier date the note states for this event, else the note's own (event) date.

    The evidence sentence is asked first; then the other sentences that speak of the same kind of
    event, so "Exclusion" as a title still finds "on 8th February she was given a suspension".
    """
    pattern = rule.pattern()
    index = parts.index(evidence) if evidence in parts else -1
    continues = _CONTINUES.match(evidence) or _terse_sequel(parts, index, note)
    before = [parts[index - 1]] if index > 0 and continues else []
    candidates = [
        evidence,
        *before,
        *(
            s
            for s in parts
            if s != evidence and (pattern.search(s) or _EVENT_CUE.search(s)) and not NOT_THIS_EVENT.search(s)
        ),
    ]
    candidates.extend(_adjacent(parts, index, note.date))
    if rule.event_type in _RESPONSES:
        candidates = [_own_part(without_asides(sentence)) for sentence in candidates]
    written = _day_heading(parts, index, note.date, lookback_days) or note.date
    closed = closed_on(parts, note.date, lookback_days) if rule.event_type == "closure" else None
    if closed is not None:
        return closed
    if _happened_today(pattern, evidence, note.date):
        return written_date(note.text, written, lookback_days)
    native = NATIVE.get(note.note_type)
    own_occasion = native is not None and native.event_type == rule.event_type
    return event_date(candidates, parts, evidence, note.text, written, lookback_days, rule.event_type, own_occasion)


_CLOSED_BEFORE = re.compile(
    r"\b(?:closed|closure)(?:\s+(?:to|by|with)(?:\s+[\w'’&-]+){1,3}?)?\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE
)


def closed_on(parts: list[str], note_date: dt.date, lookback_days: int) -> dt.date | None:
    """The day a closure record writes against the word "closed" ("Closed 14/05/2025 (TM
    authorised).", "CIN plan closed on 27/02/2026", "Case closed to CSC 30/9/25"): the writer dated
    the closing itself, so it outranks the history a closure summary retells (the step-down, the
    last review) and the day the summary was typed. A date after the note, or before the look-back,
    is not read."""
    earliest = note_date - dt.timedelta(days=lookback_days)
    for sentence in parts:
        for mention in mentions(sentence, note_date):
            if earliest <= mention.date <= note_date and _CLOSED_BEFORE.search(sentence[: mention.start]):
                return mention.date
    return None


TERSE_WORDS = 8
"""A sentence this short with no date of its own, on the line of the sentence before it, is that
sentence's sequel: "Returned home on Sat 19th with the carers. Placement ended; s20 ended."."""


def _terse_sequel(parts: list[str], index: int, note: NoteRecord) -> bool:
    """Whether the evidence is a short undated sentence that goes on from the one before it on the
    same line: the writer dated the occasion once and summed up what it meant in a few words."""
    if index <= 0 or len(parts[index].split()) > TERSE_WORDS or mentions(parts[index], note.date):
        return False
    if _TODAY.search(parts[index]):
        return False
    pair = " ".join(parts[index - 1].split()) + " " + " ".join(parts[index].split())
    return any(pair in " ".join(line.split()) for line in note.text.splitlines())


def _happened_today(pattern: re.Pattern[str], evidence: str, anchor: dt.date) -> bool:
    """The evidence names the event and says it happened today, and dates only what prompted it
    ("appeared at the Youth Court today following his arrest on Saturday night (07/03)", "admitted
    this morning after the fall on the 3rd"): the date after "following" is the earlier event's. When
    the event's own words come after "following" ("rang today following the booking appt yesterday,
    28/10"), today is the call's and the event keeps its date."""
    own = _own_part(evidence)
    prompt = evidence[len(own) :]
    return bool(prompt and _TODAY.search(own)) and not pattern.search(prompt) and not mentions(own, anchor)


def _day_heading(parts: list[str], index: int, note_date: dt.date, lookback_days: int) -> dt.date | None:
    """The day a log entry was made, from the nearest line above it that is only a date ("Tues 23/01",
    "Fri 16 June"): a duty log written up days later says "last night" of that day, not of the
    note's. A heading after the note's date, or before the look-back, is not believed."""
    for line in reversed(parts[:index] if index > 0 else []):
        found = mentions(line, note_date)
        if not found or not _WEEKDAY_LEAD.fullmatch(line[: found[0].start]):
            continue
        rest = line[found[0].end :]
        if (len(found) == 1 and not rest.strip(" .:-–")) or _LOG_TIME.match(rest):
            date = found[0].date
            return date if note_date - dt.timedelta(days=lookback_days) <= date <= note_date else None
    return None


_WEEKDAY_LEAD = re.compile(r"\s*(?:(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)[a-z]*\.?,?\s*)?", re.IGNORECASE)
_LOG_TIME = re.compile(
    rf",?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\b\s*(?:hrs\s*)?(?:{SENDER}\s*:|[-–:])"
)
"""A log entry's stamp after its date ("Sun 16/02/25 02:40 - Call from police."), or a copied
message's with its sender ("Fri 28/3 16:02 Mum: ..."): the entry, and the undated lines after it
until the next dated one, were written that day, not the note's; "today" in them is that day."""


def _adjacent(parts: list[str], index: int, anchor: dt.date) -> list[str]:
    """The lines just before and after an undated evidence sentence that open with a date, asked
    last: notes put an event's date on a line of its own ("Date/time: 22/09/25" under "Purpose of
    visit: ...", "Hearing Thurs 23rd Oct." above "Interim care order made.", "MISSING EPISODE"
    above "Sat 31/05: he left ..."), in words the event rules do not match. A date further into a
    neighbouring sentence ("I saw him at school on the 20th") belongs to that sentence's own doing."""
    dated = mentions(parts[index], anchor) and not dates_only_a_discharge(parts[index], anchor) if index >= 0 else True
    if index < 0 or dated or _TODAY.search(parts[index]):
        return []
    return [parts[i] for i in (index - 1, index + 1) if 0 <= i < len(parts) and _opens_with_date(parts[i], anchor)]


def _opens_with_date(line: str, anchor: dt.date) -> bool:
    found = mentions(line, anchor)
    return bool(found) and len(line[: found[0].start].split()) <= _DATE_LEAD_WORDS


def _own_part(sentence: str) -> str:
    """The sentence up to where it names what prompted the event: the date of "the disclosure on
    3rd May" in "Strategy discussion held following the disclosure on 3rd May" is the disclosure's."""
    trigger = _TRIGGER.search(sentence)
    if trigger is None:
        return sentence
    done = _DONE_THEN.search(sentence, trigger.end())
    if done is not None and not another_occasion_done(sentence[trigger.end() : done.start()]):
        return sentence  # "RHI re the weekend episode held 9/6": the date after "held" is the interview's
    return sentence[: trigger.start()]


_ASIDE = re.compile(r"\s*\([^()]*\)")

_ASIDE_OCCASION = re.compile(
    r"\b(?:strategy|conference|icpc|rcpc|review|meeting|hearing|visit|referral|disclosure|incident|"
    r"first date|original(?:ly)? date|cancell?ed|postponed|re-?arranged|re-?scheduled|moved from|put back|"
    r"start(?:ed)?|began|begun|commenced|opened)\b",
    re.IGNORECASE,
)


def without_asides(sentence: str) -> str:
    """A meeting's line without its bracketed asides about other occasions: "Outcome of s47 enquiry
    (strategy 17/10)" and "review held 1/10/25 (first date of 17th Sept cancelled ...)" name the
    meeting that prompted it or the date it was first booked for, and neither is the day it was
    held; "Family Help Assessment completed (started 03/02/25)" gives the day the work began, not
    the day it was completed. A bracket holding only the meeting's own date or "held 6/3" stays."""
    return _ASIDE.sub(lambda m: "" if _ASIDE_OCCASION.search(m.group(0)) else m.group(0), sentence)


_DONE_THEN = re.compile(
    r"\b(?:done|held|completed|conducted|carried out|took place|went ahead)\s+(?:on\s+)?(?:the\s+)?\d", re.IGNORECASE
)


def _detail(rule: EventRule, text: str) -> str:
    """A qualifier the patterns count: a domestic call-out, a plan opened or closed."""
    if rule.event_type == "police_incident" and _DOMESTIC.search(text):
        return "domestic"
    if rule.event_type in {"icpc", "rcpc", "plan_change", "closure", "court", "cin_review"}:
        if _PLAN_END.search(text):
            return "cp_plan_end"
        if _PLAN_START.search(text):
            return "cp_plan_start"
    return ""
