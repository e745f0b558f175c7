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
from dataclasses import dataclass

from assistant.chronology import extract
from assistant.chronology.dates import LOOKBACK_DAYS, stated_event_date
from assistant.chronology.model import Event
from records.vocabulary import NoteType
from retrieval.types import NoteRecord


@dataclass(frozen=True)
class EventRule:
    """One kind of significant event: the phrases that evidence it and the note types that imply it."""

    event_type: str
    label: str
    plural: str
    phrases: tuple[str, ...]
    native_types: frozenset[NoteType] = frozenset()
    in_quotes: bool = False
    """Whether a phrase inside quoted words counts: a child saying a new man lives there does."""

    def pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in self.phrases), re.IGNORECASE)


def _rule(event_type: str, label: str, plural: str, phrases: tuple[str, ...], *native: NoteType) -> EventRule:
    return EventRule(event_type, label, plural, phrases, frozenset(native), in_quotes=event_type in _SAID_MATTERS)


_SAID_MATTERS = frozenset({"disclosure", "injury", "household_change"})


RULES: tuple[EventRule, ...] = (
    _rule("missing_episode", "missing episode", "missing episodes", (
        r"\b(?:reported|went|go|gone|was|were|been|is) missing\b", r"\bmissing (?:episode|from (?:home|care|placement))\b",
        r"\bmissing person\b", r"\bmf[hc]\b", r"\babsconded\b", r"\bdid not return (?:home|to (?:the |her |his |their )?placement)\b",
        r"\b(?:had|has|did) not (?:come|returned?) (?:home|back)\b", r"\bfailed to return\b",
    ), NoteType.MISSING_EPISODE),
    _rule("return_home_interview", "return home interview", "return home interviews", (
        r"\breturn (?:home )?interview (?:was )?(?:completed|held|done|carried out)\b",
    ), NoteType.RETURN_HOME_INTERVIEW),
    _rule("strategy_discussion", "strategy discussion", "strategy discussions", (
        r"\bstrategy (?:discussion|meeting) (?:was )?(?:held|took place|convened)\b",
    ), NoteType.STRATEGY_DISCUSSION),
    _rule("section_47", "section 47 enquiry", "section 47 enquiries", (
        r"\bs\.?\s?47 (?:enquiry|enquiries|investigation) (?:was )?(?:started|concluded|completed|outcome)\b",
        r"\bsection 47 (?:enquiry|enquiries|investigation) (?:was )?(?:started|concluded|completed)\b",
        r"\bjoint investigation\b",
    ), NoteType.SECTION_47),
    _rule("icpc", "initial child protection conference", "initial child protection conferences", (
        r"\binitial (?:child protection |cp )?conference (?:was )?(?:held|took place|convened)\b",
        r"\bicpc (?:was )?(?:held|took place|convened|decided|agreed)\b",
    ), NoteType.ICPC),
    _rule("rcpc", "review child protection conference", "review child protection conferences", (
        r"\breview (?:child protection |cp )conference (?:was )?(?:held|took place)\b", r"\brcpc (?:was )?(?:held|took place|decided|agreed)\b",
    ), NoteType.RCPC),
    _rule("cla_review", "looked after review", "looked after reviews", (
        r"\b(?:cla|lac|cic|looked after) review (?:was )?(?:held|took place|chaired)\b",
    ), NoteType.CLA_REVIEW),
    _rule("plan_change", "plan change", "plan changes", (
        r"\b(?:became|made|now) subject (?:to|of) (?:a )?(?:child protection|cp|child in need|cin) plan\b",
        r"\b(?:child protection|cp) plan (?:was |has been )?(?:ended|ceased|discontinued|removed)\b",
        r"\bstepped (?:down|up) (?:from (?:a )?(?:child protection|cp|cin|child in need) plan )?to (?:a )?(?:cin|child in need|child protection|cp)\b",
    )),
    _rule("cin_review", "child in need plan change", "child in need plan changes", (
        r"\b(?:agreed|decision|decided) to (?:close|end) (?:the )?(?:cin |child in need )?plan\b",
        r"\b(?:cin|child in need) plan (?:was |has been |to be )?(?:closed|ended|escalated)\b",
    )),
    _rule("assessment", "assessment completed", "assessments completed", (
        r"\b(?:single|child and family|c&f) assessment (?:was )?(?:completed|concluded|signed off)\b",
    ), NoteType.ASSESSMENT),
    _rule("court", "court hearing or order", "court hearings and orders", (
        r"\b(?:court|final|interim|case management|issues resolution) hearing\b", r"\bcare proceedings (?:were |have been )?(?:issued|started)\b",
        r"\b(?:interim )?care order (?:was |has been )?(?:made|granted|renewed|discharged)\b",
        r"\b(?:supervision|placement|emergency protection|special guardianship|child arrangements) order (?:was |has been )?(?:made|granted|discharged)\b",
    ), NoteType.COURT),
    _rule("legal_status", "legal status change", "legal status changes", (
        r"\b(?:accommodated|became looked after) under (?:section|s\.?) ?20\b", r"\bsection 20 (?:agreement|consent) (?:was )?(?:signed|given|withdrawn)\b",
        r"\bs\.?20 (?:agreement|consent) (?:was )?(?:signed|given|withdrawn)\b", r"\b(?:taken|placed) (?:in|into) police protection\b",
    )),
    _rule("placement_move", "placement move", "placement moves", (
        r"\bplacement (?:move|change|ended|breakdown|broke down|disruption|disrupted)\b", r"\bnew placement\b",
        r"\b(?:moved|moving|transferred) (?:to|into) (?:a |an |the )?(?:new |emergency )?(?:placement|foster|carers?\b|children'?s home|residential|kinship)",
        r"\bplaced (?:with|in) (?:foster|emergency|kinship|a children|residential|connected)",
    ), NoteType.PLACEMENT_MOVE),
    _rule("youth_justice", "youth justice outcome", "youth justice outcomes", (
        r"\breferral order\b", r"\byouth court\b", r"\b(?:youth )?conditional caution\b", r"\b(?:was |been )?charged with\b",
        r"\b(?:youth rehabilitation|reparation) order\b", r"\bcommunity resolution\b",
    )),
    _rule("police_incident", "police incident", "police incidents", (
        r"\bpolice (?:were |was )?(?:called|attended|notification|incident|call[- ]?out)\b", r"\bcalled the police\b",
        r"\b(?:dv|domestic abuse|domestic violence|domestic) (?:incident|notification)\b", r"\barrested\b", r"\bpvp\b",
        r"\bvulnerable person report\b",
    ), NoteType.POLICE_INCIDENT),
    _rule("hospital", "hospital attendance", "hospital attendances", (
        r"\b(?:attended|admitted to|taken to|presented (?:at|to)|brought to|discharged from) (?:the )?(?:a ?& ?e|a and e|hospital|emergency department|ed|minor injuries)\b",
        r"\bhospital (?:attendance|admission)\b", r"\boverdose\b",
    ), NoteType.HOSPITAL),
    _rule("disclosure", "disclosure", "disclosures", (
        r"\bdisclosed\b", r"\bmade a disclosure\b", r"\btold (?:me|the (?:social )?worker|sw|her teacher|staff) that (?:he|she|they|mum|dad) (?:had )?(?:hit|hurt|touched|slapped|punched|kicked)",
    )),
    _rule("injury", "injury", "injuries", (
        r"\bbruis(?:e|es|ing)\b", r"\binjur(?:y|ies|ed)\b", r"\bblack eye\b", r"\bburns? (?:to|on)\b", r"\bfracture\b",
        r"\bmarks? (?:to|on) (?:his|her|their) \w+",
    )),
    _rule("household_change", "household change", "household changes", (
        r"\bhousehold change\b", r"\bnew (?:partner|boyfriend|girlfriend)\b", r"\bmoved (?:in|into the (?:family )?home)\b", r"\bmoving in\b",
        r"\bnow living (?:at|in) the (?:address|home|property)\b", r"\b(?:moved|fled) to (?:a )?(?:refuge|confidential address|new address)\b",
        r"\bseparat(?:ed|ion)\b", r"\bsplit up\b", r"\bgave birth\b", r"\b(?:was|been) born\b", r"\bnew baby\b", r"\bbirth of\b",
        r"\b(?:died|passed away)\b", r"\bdeath of\b", r"\bleft the (?:family )?home\b",
        r"\b(?:unknown|unidentified|new) (?:male|man|adult|woman|female)\b",
    )),
    _rule("school_exclusion", "school exclusion", "school exclusions", (
        r"\b(?:permanently|fixed[- ]term|temporarily)? ?exclu(?:ded|sion)\b", r"\bsuspen(?:ded|sion) from school\b",
        r"\b(?:given|received|issued) an? (?:\w+ )?suspension\b", r"\bsuspended for \w+ days?\b",
    )),
    _rule("school_move", "school move", "school moves", (
        r"\bschool move\b", r"\b(?:moved|changed|transferred) (?:to a new |to )?school\b", r"\bmanaged move\b",
        r"\bstarted at (?:a |the )?(?:new )?\w+ (?:school|academy|college)\b", r"\b(?:now )?on (?:the )?roll (?:at|of)\b",
    )),
    _rule("camhs_referral", "CAMHS or other service referral", "CAMHS and other service referrals", (
        r"\breferr(?:al|ed)\b[^.]{0,40}\b(?:camhs|ypdas|substance|drug|alcohol|idva|freedom programme|speech and language|paediatric|"
        r"family support|yot|youth offending|youth justice|counselling|parenting|early help|mental health)\b",
        r"\bcamhs referral\b",
    )),
    _rule("positive_change", "positive change", "positive changes", (
        r"\bpositive change\b", r"\bgood news\b", r"\bcame back (?:clear|negative)\b",
        r"\b(?:finished|completed|passed) (?:the |her |his |their )?[\w' -]{0,40}(?:course|programme)\b",
        r"\bnot missed a single day\b", r"\battendance (?:is )?(?:up|improved|increased) to\b", r"\brehoused\b",
    )),
    _rule("contact", "contact", "contacts", (
        r"\bcontact (?:was )?(?:received|made) (?:from|by)\b",
    ), NoteType.CONTACT),
    _rule("referral", "referral", "referrals", (
        r"\breferral (?:was )?(?:received|made|accepted) (?:from|by)\b", r"\breferral from\b", r"\bre-?referral\b",
    ), NoteType.REFERRAL),
    _rule("closure", "case closure or step-down", "closures and step-downs", (
        r"\bcase (?:closed|closure|to close)\b", r"\b(?:closed|closing) to (?:children'?s )?social care\b",
        r"\bstep(?:ped)?[- ]down to early help\b", r"\bstepped down to early help\b",
    ), NoteType.CLOSURE),
)
RULES_BY_TYPE: dict[str, EventRule] = {rule.event_type: rule for rule in RULES}
_PATTERNS: tuple[tuple[EventRule, re.Pattern[str]], ...] = tuple((rule, rule.pattern()) for rule in RULES)
YIELDS_TO: dict[str, tuple[str, ...]] = {"police_incident": ("missing_episode",)}
"""A police notification about a missing child records the missing episode, not a separate incident."""
_NATIVE: dict[NoteType, EventRule] = {kind: rule for rule in RULES for kind in rule.native_types}

_NEGATED = re.compile(r"\b(?:no|not|nil|never|denied|denies|deny|without|none|nor|neither|any)\b(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
_NOT_THIS_EVENT = re.compile(
    r"\b(?:history of|previous(?:ly)?|prior to|in the past|last year|upcoming|next (?:review|meeting|conference|hearing|week|month)|"
    r"will be|is due|are due|due to be|planned|scheduled|booked|listed for|to be held|to take place|"
    r"if (?:she|he|they)|risk of|worried about|reminded|discussed the)\b",
    re.IGNORECASE,
)
_EVENT_CUE = re.compile(r"\b(?:incident|occurred|happened|took place|was held|on the night of)\b", re.IGNORECASE)
"""Sentences that date the event without naming its kind: "Incident at the home last Wednesday"."""
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_CLAUSE_BREAK = re.compile(r"[;:,]|\bbut\b|\bhowever\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(<\[])|\n+")
_DOMESTIC = re.compile(r"\b(?:domestic|dv|partner|argument|assault)\b", re.IGNORECASE)
_PLAN_END = re.compile(
    r"\b(?:child protection|cp) plan (?:was |has been |to be )?(?:ended|ceased|discontinued|removed)|"
    r"\bstepped down (?:from (?:a )?(?:child protection|cp) plan )?to|\bno longer (?:subject to|on) (?:a )?(?:child protection|cp) plan|"
    r"\bcase (?:closed|closure)",
    re.IGNORECASE,
)
_PLAN_START = re.compile(
    r"\b(?:became|made|be made|will be|is now|now|remain(?:s|ed)?) (?:the )?subject (?:to|of) (?:a )?(?:child protection|cp) plan", re.IGNORECASE
)
_AGENCIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("police", re.compile(r"\bpolice|\bpvp\b|\bofficers?\b", re.IGNORECASE)),
    ("school", re.compile(r"\bschool|\bdsl\b|\bteacher|\bacademy\b|\bcollege\b", re.IGNORECASE)),
    ("health", re.compile(r"\bhospital|\bgp\b|\bhealth visitor|\bcamhs\b|\bnurse|\bpaediatric|\ba ?& ?e\b|\bmidwife", re.IGNORECASE)),
    ("court", re.compile(r"\bcourt\b|\bjudge\b|\bmagistrates\b", re.IGNORECASE)),
)


def sentences(text: str) -> list[str]:
    """Sentences of a note, whitespace collapsed; abbreviations may split a sentence, which is harmless here."""
    return [" ".join(part.split()) for part in _SENTENCE.split(text) if part and part.strip()]


def find_event(note: NoteRecord) -> tuple[EventRule, str] | None:
    """The significant event a note records and the sentence that evidences it, or None if routine.

    A note whose own type is significant (a strategy discussion, a missing episode) is selected
    under that type; other notes are selected only on an affirmative sentence in their content.
    """
    parts = [*sentences(note.text), note.title] if note.title else sentences(note.text)
    native = _NATIVE.get(_note_type(note.note_type))
    if native is not None:
        for kind in YIELDS_TO.get(native.event_type, ()):
            evidence = _affirmed(RULES_BY_TYPE[kind], parts)
            if evidence is not None:
                return RULES_BY_TYPE[kind], evidence
        return native, _evidence_for(native, parts) or _first(parts)
    for rule, pattern in _PATTERNS:
        for sentence in parts:
            if _affirms(pattern, sentence, rule.in_quotes):
                return rule, sentence
    return None


def select(note: NoteRecord, lookback_days: int = LOOKBACK_DAYS) -> Event | None:
    """The event a note records, dated by the event and not by the writing, or None if routine."""
    found = find_event(note)
    if found is None:
        return None
    rule, evidence = found
    parts = sentences(note.text)
    if evidence == note.title and parts:
        evidence = parts[0]  # a title is a label ("Missing episode"), not a description of what happened
    event_date = _event_date(rule, evidence, parts, note, lookback_days)
    detail = _detail(rule, note.text)
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
        detail=detail,
    )


def select_all(notes: Sequence[NoteRecord], lookback_days: int = LOOKBACK_DAYS) -> list[Event]:
    return [event for note in notes if (event := select(note, lookback_days)) is not None]


def describe_source(note: NoteRecord) -> str:
    """Which note and which agency: 'Police notification, 5 March 2023 (note N-12; police)'."""
    head = " ".join(filter(None, (note.raw_type, note.title, note.text[:200])))
    agency = next((name for name, pattern in _AGENCIES if pattern.search(head)), "children's social care")
    return f"{note.raw_type or note.note_type} of {note.date.isoformat()} (note {note.note_id}; {agency})"


def _event_date(rule: EventRule, evidence: str, parts: list[str], note: NoteRecord, lookback_days: int) -> dt.date:
    """The earlier date the note states for this event, else the note's own (event) date.

    The evidence sentence is asked first; then the other sentences that speak of the same kind of
    event, so "Exclusion" as a title still finds "on 8th February she was given a suspension".
    """
    pattern = rule.pattern()
    candidates = [
        evidence,
        *(s for s in parts if s != evidence and (pattern.search(s) or _EVENT_CUE.search(s)) and not _NOT_THIS_EVENT.search(s)),
    ]
    for sentence in candidates:
        stated = stated_event_date(sentence, note.date, lookback_days)
        if stated is not None:
            return stated
    return note.date


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


def _affirms(pattern: re.Pattern[str], sentence: str, in_quotes: bool = False) -> bool:
    """A match counts unless its own clause negates it, plans it or recalls it as history, or it is
    inside quoted words: "I hate the new school" is how a child feels, not a school move."""
    quoted = [] if in_quotes else [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    for match in pattern.finditer(sentence):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        before = sentence[: match.start()]
        if _NEGATED.search(before) or _NOT_THIS_EVENT.search(_clause(sentence, match.start(), match.end())):
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


def _evidence_for(rule: EventRule, parts: list[str]) -> str | None:
    pattern = rule.pattern()
    return next((sentence for sentence in parts if pattern.search(sentence)), None)


def _first(parts: list[str]) -> str:
    return parts[0] if parts else ""


def _note_type(value: str) -> NoteType | None:
    try:
        return NoteType(value)
    except ValueError:
        return None
