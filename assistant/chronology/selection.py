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

from assistant.chronology import extract
from assistant.chronology.classifier import EventClassifier, shipped
from assistant.chronology.dates import LOOKBACK_DAYS, event_date, mentions, stated_event_date, written_date
from assistant.chronology.model import Event
from assistant.chronology.rules import (
    FURTHER_KINDS,
    NATIVE,
    NEEDS_CASE_CONTEXT,
    PATTERNS,
    RULES_BY_TYPE,
    YIELDS_TO,
    EventRule,
)
from retrieval.types import NoteRecord

_NEGATED = re.compile(
    r"\b(?:no|not|nil|never|denied|denies|deny|without|none|nor|neither|any)\b(?:\W+\w+){0,4}\W*$", re.IGNORECASE
)
_NOT_THIS_EVENT = re.compile(
    r"\b(?:history of|previous(?:ly)?|prior to|in the past|last year|upcoming|next (?:review|meeting|conference|hearing|week|month)|"
    r"will be|is due|are due|due to be|(?<!as )(?:planned|scheduled|booked)|listed for|to be held|to take place|"
    r"if (?:she|he|they)|risk of|worried about|reminded|discussed the|consider(?:ing)?|may need|might|"
    r"months ago|(?:has|have) (?:healed|faded)|healing|fading|(?:was|were) discussed|talk(?:ed|ing) about|spoke about|"
    r"thinking (?:about|of)|asked (?:about|for)|currently|still|"
    r"(?:to be|being|will be|not be|be) considered|(?:unhappy|upset|angry|annoyed|furious|not happy|complain(?:ed|ing|s)?) (?:that|about)|"
    r"writing (?:on behalf|to complain)|plan (?:re|regarding|around|for managing)|to transfer with|visit (?:at|to) (?:the|his|her|their) new (?:placement|home|school|address)|"
    r"if (?:[\w.'-]+ ){1,2}(?:is|are|gets?|were)|unless|in case|(?:needs?|has|have|is|are) to be \w+ed|to be (?:completed|done|made|signed))\b",
    re.IGNORECASE,
)
_EVENT_CUE = re.compile(r"\b(?:incident|occurred|happened|took place|was held|on the night of)\b", re.IGNORECASE)
"""Sentences that date the event without naming its kind: "Incident at the home last Wednesday"."""
_HEADER = re.compile(r"(?:from|sent|to|cc|subject|date)\s*:", re.IGNORECASE)
_DATE_LEAD_WORDS = 3
"""At most this many words before a line's first date for the line to be dated by it ("Hearing Thurs 23rd Oct")."""
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)
"""An evidence sentence saying "today" is dated by the note: its neighbours' dates are not asked."""
_OUTCOME = re.compile(r"\b(?:recommendations?|outcome|conclusions?|decision)\s*:", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_CLAUSE_BREAK = re.compile(r"[;:,]|\bbut\b|\bhowever\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(<\[])|\n+")
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
_CONTINUES = re.compile(r"^(?:he|she|they|it|this|[A-Z][a-z]+ was then)\b", re.IGNORECASE)
"""A sentence that continues the one before ("He was taken by ambulance...") shares its date."""
_CALLED_OFF = re.compile(
    r"\b(?:cancell?ed|postponed|re-?arranged|re-?scheduled|stood down|not quorate|"
    r"did(?: not|n't) (?:go ahead|take place|happen)|(?:could|was) not (?:go ahead|take place|be held))\b",
    re.IGNORECASE,
)
_MEETINGS = frozenset({"strategy_discussion", "icpc", "rcpc", "cla_review", "cin_review"})
"""Meetings a note may be filed under although they were called off: then the label is not evidence."""
_HISTORY_YEAR = re.compile(
    r"\b(?:in|since|during|from|back in|until) (?:(?:early|late|mid)[- ]?)?(?:[A-Za-z]+ )?((?:19|20)\d\d)\b"
)
"""A sentence placing the event in an earlier year ("case closed in 2020") recalls history."""
_YEAR_LINE = re.compile(r"^\W*((?:19|20)\d\d)\b(?!\s*[/.-]\d)")
_RECAP = re.compile(
    r"^\W*(?:progress|update|updates|history|background|recap|summary)\b[^:]{0,40}:|^\W*since (?:the )?last (?:review|meeting|visit)\b",
    re.IGNORECASE,
)
"""A sentence opened as a recap ("Progress since last review: ...", "History in brief: ...") retells
events a chronology lists from their own notes: it is never a further event of the note."""
_HISTORY_SECTION = re.compile(
    r"^\W*(?:(?:family |social |case |relevant |brief )?(?:history|background)|previous involvement|prior involvement)"
    r"\b[^:\n]{0,40}:",
    re.IGNORECASE,
)
"""A paragraph a note labels as history ("History: known since 2019. ... Proceedings issued March
2024 ...", "Background - ..."): every sentence of it recalls events recorded elsewhere, not ones
this note records, however recent their wording sounds (transfer summaries, assessments)."""
_REFERENCE = re.compile(
    r"\b(?:about|after|following|since|from|regarding|re|discuss(?:ed|ing)?|talk(?:ed|ing) about|reflect(?:ed|ing) on) "
    r"(?:the|his|her|their|this|that|mum's|dad's) (?:[\w'-]+ ){0,2}$",
    re.IGNORECASE,
)
"""A known event referred back to ("since the arrest", "we talked about the missing episode") is
not a new one; with a date stated for it, it may be the first record, and is taken as a further
event on that date (merging joins it to the entry of a note that recorded it already)."""
_WHEN = re.compile(r"\b(?:(?:the|this|last) weekend|last night|yesterday|this morning|earlier today)\b", re.IGNORECASE)
"""Words that place an event in time without a date the resolver reads: enough to make a reference a record."""
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
_FOUND = re.compile(r"\b(?:found|located|traced|returned|brought (?:home|back))\b", re.IGNORECASE)
_INCIDENT_NATIVES = frozenset({"hospital", "police_incident", "missing_episode"})
"""Note types written after an incident: when no sentence names the note's own kind, the sentence
describing what happened ("was stabbed on Saturday night") dates it, not the opening "Mum rang"."""
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


def sentences(text: str) -> list[str]:
    """Sentences of a note, whitespace collapsed; abbreviations may split a sentence, which is harmless here."""
    return [" ".join(part.split()) for part in _SENTENCE.split(text) if part and part.strip()]


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
    if native is not None and native.event_type in _MEETINGS and _called_off(native, parts):
        native = None
    if native is not None:
        for kind in YIELDS_TO.get(native.event_type, ()):
            evidence = _affirmed(RULES_BY_TYPE[kind], parts)
            if evidence is not None:
                return RULES_BY_TYPE[kind], evidence
        described = _any_affirmed(parts) if native.event_type in _INCIDENT_NATIVES else None
        return native, _evidence_for(native, parts) or _outcome(parts) or described or _first(parts)
    recalled = history_section(note.text)
    current = [s for s in parts if not _recalls_earlier_year(s, note.date) and s not in recalled]
    dated = {sentence: bool(mentions(sentence, note.date) or _WHEN.search(sentence)) for sentence in current}
    for rule, pattern in PATTERNS:
        for sentence in current:
            if _affirms(pattern, sentence, rule.in_quotes, references=dated[sentence]):
                return rule, sentence
    started = _starts_at_known_setting(parts, known_settings)
    return (RULES_BY_TYPE["school_move"], started) if started else None


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
            clause = _clause(sentence, match.start(), match.end())
            if known and not _NEGATED.search(sentence[: match.start()]) and not _NOT_THIS_EVENT.search(clause):
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
    return _event(note, rule, evidence, parts, _event_date(rule, evidence, parts, note, lookback_days))


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
    last, under the same filters and dating (see `_classified`).
    """
    main = select(note, lookback_days, known_settings)
    events = [] if main is None else [main]
    parts = sentences(note.text)
    written = written_date(note.text, note.date, lookback_days)
    recalled = history_section(note.text)
    for rule in FURTHER_KINDS:
        if any(event.event_type == rule.event_type for event in events):
            continue
        found = _further(rule, [part for part in parts if part not in recalled], written, lookback_days, events)
        if found is not None:
            evidence, event_date = found
            events.append(_event(note, rule, evidence, parts, event_date))
    events.extend(_logged(note, parts, written, lookback_days, events, recalled, classifier))
    if classifier is not None:
        proposed = _classified(note, parts, written, lookback_days, events, classifier)
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


_NEGATION = re.compile(r"\b(?:no|not|nil|never|denied|denies|none|n't|unable|declined|refused|nfa)\b", re.IGNORECASE)
"""A sentence the classifier proposes is not taken when it negates anything: the rules read where a
negation falls, the classifier does not, and a missed event costs less than a false one."""
_SPOKEN = re.compile(r"^\W*(?:\[[\d/: ]+\]\s*)?(?:me|i|sw|worker)\s*:", re.IGNORECASE)


def _classified(
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
    one before) that differs from every date taken, exactly as `_further` asks of the rules; in a
    note the rules left out, the first proposal is the note's event, dated by `_event_date`.
    """
    added: list[Event] = []
    kinds = {event.event_type for event in taken}
    for index, (kind, _probability) in enumerate(classifier.classify(parts, note.note_type)):
        rule = RULES_BY_TYPE.get(kind)
        sentence = parts[index]
        if rule is None or kind in kinds or kind in NEEDS_CASE_CONTEXT or not _plain_statement(sentence, note.date):
            continue
        if (taken or added) and _RECAP.search(sentence):
            continue
        if taken or added:
            neighbours = [sentence] if index == 0 else [sentence, parts[index - 1]]
            stated = next(
                (d for s in neighbours if (d := stated_event_date(s, written, lookback_days, kind)) is not None), None
            )
            if stated is None or any(stated == event.event_date for event in (*taken, *added)):
                continue
            added.append(_event(note, rule, sentence, parts, stated))
        else:
            added.append(_event(note, rule, sentence, parts, _event_date(rule, sentence, parts, note, lookback_days)))
        kinds.add(kind)
    return added


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


def _logged(
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
        if not first or first in recalled or _recalls_earlier_year(first, note.date) or _REFERS_BACK.search(first):
            continue
        rule = next((r for r, p in PATTERNS if _affirms(p, first, r.in_quotes, references=True)), None)
        if (
            rule is None
            and classifier is not None
            and _plain_statement(first, note.date)
            and not _TALKED_OF.search(first)
        ):
            rule = RULES_BY_TYPE.get(classifier.likeliest_kind(first, note.note_type))
        head = _ITEM_HEAD.match(first)
        stated = stated_event_date(head[0], written, lookback_days, rule.event_type) if rule and head else None
        if rule is None or stated is None or any(stated == event.event_date for event in (*taken, *added)):
            continue
        added.append(_event(note, rule, first, parts, stated))
    return added


def _plain_statement(sentence: str, note_date: dt.date) -> bool:
    """Not negated, planned, recalled, called off, quoted or a message thread: the whole sentence
    is asked, since the classifier does not say which words it relied on."""
    return not (
        _NEGATION.search(sentence)
        or _NOT_THIS_EVENT.search(sentence)
        or _CALLED_OFF.search(sentence)
        or _recalls_earlier_year(sentence, note_date)
        or _SPOKEN.search(sentence)
        or _QUOTED.fullmatch(sentence.strip())
    )


def _event(note: NoteRecord, rule: EventRule, evidence: str, parts: list[str], event_date: dt.date) -> Event:
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


def _further(
    rule: EventRule, parts: list[str], written: dt.date, lookback_days: int, taken: list[Event]
) -> tuple[str, dt.date] | None:
    """The first sentence affirming `rule` with a stated date of its own, not already taken.

    A police sentence about finding or returning a child belongs to the missing episode the note
    records, not to a separate police incident.
    """
    pattern = rule.pattern()
    missing = any(event.event_type == "missing_episode" for event in taken)
    for index, sentence in enumerate(parts):
        if _RECAP.search(sentence) or not _affirms(pattern, sentence, rule.in_quotes, references=True):
            continue
        if missing and rule.event_type in YIELDS_TO and _FOUND.search(sentence):
            continue
        neighbours = [sentence] if index == 0 else [sentence, parts[index - 1]]
        stated = next(
            (d for s in neighbours if (d := stated_event_date(s, written, lookback_days, rule.event_type)) is not None),
            None,
        )
        if stated is not None and all(stated != event.event_date for event in taken):
            return sentence, stated
    return None


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


def _event_date(rule: EventRule, evidence: str, parts: list[str], note: NoteRecord, lookback_days: int) -> dt.date:
    """The earlier date the note states for this event, else the note's own (event) date.

    The evidence sentence is asked first; then the other sentences that speak of the same kind of
    event, so "Exclusion" as a title still finds "on 8th February she was given a suspension".
    """
    pattern = rule.pattern()
    index = parts.index(evidence) if evidence in parts else -1
    before = [parts[index - 1]] if index > 0 and _CONTINUES.match(evidence) else []
    candidates = [
        evidence,
        *before,
        *(
            s
            for s in parts
            if s != evidence and (pattern.search(s) or _EVENT_CUE.search(s)) and not _NOT_THIS_EVENT.search(s)
        ),
    ]
    candidates.extend(_adjacent(parts, index, note.date))
    if rule.event_type in _RESPONSES:
        candidates = [_own_part(sentence) for sentence in candidates]
    written = _day_heading(parts, index, note.date, lookback_days) or note.date
    native = NATIVE.get(note.note_type)
    own_occasion = native is not None and native.event_type == rule.event_type
    return event_date(candidates, parts, evidence, note.text, written, lookback_days, rule.event_type, own_occasion)


def _day_heading(parts: list[str], index: int, note_date: dt.date, lookback_days: int) -> dt.date | None:
    """The day a log entry was made, from the nearest line above it that is only a date ("Tues 23/01",
    "Fri 16 June"): a duty log written up days later says "last night" of that day, not of the
    note's. A heading after the note's date, or before the look-back, is not believed."""
    for line in reversed(parts[:index] if index > 0 else []):
        found = mentions(line, note_date)
        if len(found) == 1 and not line[: found[0].start].strip() and not line[found[0].end :].strip(" .:-–"):
            date = found[0].date
            return date if note_date - dt.timedelta(days=lookback_days) <= date <= note_date else None
    return None


def _adjacent(parts: list[str], index: int, anchor: dt.date) -> list[str]:
    """The lines just before and after an undated evidence sentence that open with a date, asked
    last: notes put an event's date on a line of its own ("Date/time: 22/09/25" under "Purpose of
    visit: ...", "Hearing Thurs 23rd Oct." above "Interim care order made.", "MISSING EPISODE"
    above "Sat 31/05: he left ..."), in words the event rules do not match. A date further into a
    neighbouring sentence ("I saw him at school on the 20th") belongs to that sentence's own doing."""
    if index < 0 or mentions(parts[index], anchor) or _TODAY.search(parts[index]):
        return []
    return [parts[i] for i in (index - 1, index + 1) if 0 <= i < len(parts) and _opens_with_date(parts[i], anchor)]


def _opens_with_date(line: str, anchor: dt.date) -> bool:
    found = mentions(line, anchor)
    return bool(found) and len(line[: found[0].start].split()) <= _DATE_LEAD_WORDS


def _own_part(sentence: str) -> str:
    """The sentence up to where it names what prompted the event: the date of "the disclosure on
    3rd May" in "Strategy discussion held following the disclosure on 3rd May" is the disclosure's."""
    trigger = _TRIGGER.search(sentence)
    return sentence[: trigger.start()] if trigger else sentence


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


def _affirms(pattern: re.Pattern[str], sentence: str, in_quotes: bool = False, references: bool = False) -> bool:
    """A match counts unless its own clause negates it, plans it or recalls it as history, or it is
    inside quoted words: "I hate the new school" is how a child feels, not a school move."""
    quoted = [] if in_quotes else [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    for match in pattern.finditer(sentence):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        before = sentence[: match.start()]
        if _NEGATED.search(before) or _NOT_THIS_EVENT.search(_clause(sentence, match.start(), match.end())):
            continue
        if not references and _REFERENCE.search(before):
            continue
        return True
    return False


def _clause(sentence: str, start: int, end: int) -> str:
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    left = max((b for b in breaks if b < start), default=-1) + 1
    right = min((b for b in breaks if b >= end), default=len(sentence))
    return sentence[left:right]


def _affirmed(rule: EventRule, parts: list[str]) -> str | None:
    pattern = rule.pattern()
    return next((sentence for sentence in parts if _affirms(pattern, sentence, rule.in_quotes)), None)


def _called_off(rule: EventRule, parts: list[str]) -> bool:
    """The meeting the note is filed under was cancelled or postponed, and no sentence says it was held."""
    return any(_CALLED_OFF.search(sentence) for sentence in parts) and _affirmed(rule, parts) is None


def history_section(text: str) -> frozenset[str]:
    """The sentences of the paragraphs a note labels as history or background (`_HISTORY_SECTION`)."""
    return frozenset(
        sentence for line in text.splitlines() if _HISTORY_SECTION.match(line) for sentence in sentences(line)
    )


def _recalls_earlier_year(sentence: str, note_date: dt.date) -> bool:
    """ "case closed in 2020", or a line of a history list opened by its year ("- 2016: convicted of ...")."""
    opening = _YEAR_LINE.match(sentence)
    return (opening is not None and int(opening[1]) < note_date.year) or any(
        int(match[1]) < note_date.year for match in _HISTORY_YEAR.finditer(sentence)
    )


def _any_affirmed(parts: list[str]) -> str | None:
    return next((sentence for sentence in parts if any(_affirms(p, sentence, r.in_quotes) for r, p in PATTERNS)), None)


def _evidence_for(rule: EventRule, parts: list[str]) -> str | None:
    pattern = rule.pattern()
    return next((sentence for sentence in parts if pattern.search(sentence)), None)


def _outcome(parts: list[str]) -> str | None:
    """A long note's own conclusion ("RECOMMENDATION: CIN plan."), the line a supervisor wants."""
    return next((sentence for sentence in parts if _OUTCOME.search(sentence)), None)


def _first(parts: list[str]) -> str:
    """The opening sentence, past a pasted email's headers ("From: ...", "Sent: ...")."""
    body = [sentence for sentence in parts if not _HEADER.match(sentence)]
    return (body or parts or [""])[0]
